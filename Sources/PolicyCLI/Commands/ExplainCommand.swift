import PolicyLint

/// `policyc explain RULE-ID`: one rule in full, with the article it applies.
enum ExplainCommand {
    static let spec = ArgumentSpec(maximumPositionals: 1)
    static let usage = "usage: policyc explain RULE-ID"
    static let help = """
        \(usage)

        Prints a rule: severity, articles, summary, the articles quoted in French and English, and how to fix
        a finding.
        """

    static func run(_ arguments: Arguments, terminal: inout Terminal) throws -> ExitCode {
        guard let id = arguments.positionals.first else { throw UsageError(message: "name a rule") }
        guard let text = RuleDocumentation.explain(id) else {
            throw BadInput("policyc explain: unknown rule '\(id)'; 'policyc rules' lists them")
        }
        terminal.print(text)
        return .success
    }
}
