import PolicyLint

/// `policyc rules`: every lint rule with its severity and summary.
enum RulesCommand {
    static let spec = ArgumentSpec(maximumPositionals: 0)
    static let usage = "usage: policyc rules"
    static let help = """
        \(usage)

        Lists the lint rules: identifier (after the article it applies), severity and summary.
        'policyc explain RULE-ID' prints one in full.
        """

    static func run(_ arguments: Arguments, terminal: inout Terminal) throws -> ExitCode {
        terminal.print(RuleDocumentation.list())
        return .success
    }
}
