/// `policyc`: the command line as a library, so tests run it in-process.
public enum CommandLineTool {
    /// Runs one invocation (`arguments` without the program name) and returns its exit code.
    public static func run(_ arguments: [String], terminal: inout Terminal) -> ExitCode {
        guard let name = arguments.first else {
            terminal.printError(Usage.summary)
            return .badInput
        }
        let rest = Array(arguments.dropFirst())
        if name == "--help" || name == "-h" || name == "help" {
            if let topic = rest.first, let command = Command(rawValue: topic) {
                terminal.print(command.help)
            } else {
                terminal.print(Usage.summary)
            }
            return .success
        }
        if name == "--version" {
            terminal.print("policyc \(Usage.version)")
            return .success
        }
        guard let command = Command(rawValue: name) else {
            terminal.printError("policyc: unknown command '\(name)'\n\(Usage.line)")
            return .badInput
        }
        if rest.contains("--help") || rest.contains("-h") {
            terminal.print(command.help)
            return .success
        }
        do {
            let parsed = try Arguments(rest, spec: command.spec)
            return try command.run(parsed, terminal: &terminal)
        } catch let error as UsageError {
            terminal.printError("policyc \(name): \(error.message)\n\(command.usage)")
            return .badInput
        } catch let error as BadInput {
            terminal.printError(error.description)
            return .badInput
        } catch {
            terminal.printError("policyc \(name): \(error)")
            return .badInput
        }
    }
}
