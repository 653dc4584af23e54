import Policies

/// `policyc list`: the shipped policies, one identifier a line.
enum ListCommand {
    static let spec = ArgumentSpec(maximumPositionals: 0)
    static let usage = "usage: policyc list"
    static let help = """
        \(usage)

        Prints the identifier of each policy in policies/, one a line, with its controller and the file
        that declares it.
        """

    static func run(_ arguments: Arguments, terminal: inout Terminal) throws -> ExitCode {
        for declaration in Policies.declarations {
            terminal.print("\(declaration.identifier)\t\(Policies.origin(of: declaration))")
        }
        return .success
    }
}
