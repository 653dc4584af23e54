/// The subcommands of `policyc`.
enum Command: String, CaseIterable {
    case list, build, lint, render, export, rules, explain

    var spec: ArgumentSpec {
        switch self {
        case .list: ListCommand.spec
        case .build: BuildCommand.spec
        case .lint: LintCommand.spec
        case .render: RenderCommand.spec
        case .export: ExportCommand.spec
        case .rules: RulesCommand.spec
        case .explain: ExplainCommand.spec
        }
    }

    var usage: String {
        switch self {
        case .list: ListCommand.usage
        case .build: BuildCommand.usage
        case .lint: LintCommand.usage
        case .render: RenderCommand.usage
        case .export: ExportCommand.usage
        case .rules: RulesCommand.usage
        case .explain: ExplainCommand.usage
        }
    }

    var help: String {
        switch self {
        case .list: ListCommand.help
        case .build: BuildCommand.help
        case .lint: LintCommand.help
        case .render: RenderCommand.help
        case .export: ExportCommand.help
        case .rules: RulesCommand.help
        case .explain: ExplainCommand.help
        }
    }

    func run(_ arguments: Arguments, terminal: inout Terminal) throws -> ExitCode {
        switch self {
        case .list: try ListCommand.run(arguments, terminal: &terminal)
        case .build: try BuildCommand.run(arguments, terminal: &terminal)
        case .lint: try LintCommand.run(arguments, terminal: &terminal)
        case .render: try RenderCommand.run(arguments, terminal: &terminal)
        case .export: try ExportCommand.run(arguments, terminal: &terminal)
        case .rules: try RulesCommand.run(arguments, terminal: &terminal)
        case .explain: try ExplainCommand.run(arguments, terminal: &terminal)
        }
    }
}
