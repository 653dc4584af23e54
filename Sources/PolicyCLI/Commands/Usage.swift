/// The top-level help.
enum Usage {
    static let version = "0.1.0"

    static let line = "usage: policyc <command> [options]; 'policyc --help' lists the commands"

    static var summary: String {
        """
        policyc: compiles privacy statements (GDPR, French law) into HTML and Markdown, and lints them.

        usage: policyc <command> [options]

        commands:
        \(Command.allCases.map { "  " + $0.usage.replacingPrefix("usage: ", with: "") }.joined(separator: "\n"))

        'policyc <command> --help' explains a command. Exit codes: 0 success, 1 lint errors, 2 bad usage or input.
        """
    }
}

extension String {
    func replacingPrefix(_ prefix: String, with replacement: String) -> String {
        hasPrefix(prefix) ? replacement + dropFirst(prefix.count) : self
    }
}
