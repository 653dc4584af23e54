import Policies
import PolicyLint

/// `policyc list`: the shipped policies, one a line.
enum ListCommand {
    static let spec = ArgumentSpec(maximumPositionals: 0)
    static let usage = "usage: policyc list"
    static let help = """
        \(usage)

        Prints each policy in policies/, one a line, in three columns separated by tabs: its identifier, the
        file that declares it and its controller's legal name. Control characters in the name are written
        as \\u{…} escapes, so a line is always one policy.
        """

    static func run(_ arguments: Arguments, terminal: inout Terminal) throws -> ExitCode {
        let documents = try PolicyLoader.load(ids: [], file: nil, terminal: terminal, allByDefault: true)
        for document in documents {
            let name = VisibleControls.escaping(document.policy.controller.legalName)
            terminal.print("\(document.policy.id)\t\(document.origin)\t\(name)")
        }
        return .success
    }
}
