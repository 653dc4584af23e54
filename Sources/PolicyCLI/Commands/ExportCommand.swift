import Foundation
import PolicyModel

/// `policyc export`: the canonical JSON of one policy.
enum ExportCommand {
    static let spec = ArgumentSpec(options: ["--file"], maximumPositionals: 1)
    static let usage = "usage: policyc export <id> | --file F"
    static let help = """
        \(usage)

        Prints the policy as canonical JSON: keys sorted, two-space indentation, UTF-8, a final newline.
        The format is described by schema/policy.schema.json. Exporting what was imported gives the same
        bytes. --file - reads the policy from standard input.
        """

    static func run(_ arguments: Arguments, terminal: inout Terminal) throws -> ExitCode {
        let document = try PolicyLoader.loadOne(
            ids: arguments.positionals, file: arguments.option("--file"), terminal: terminal)
        terminal.write(String(decoding: PolicyJSON.encode(document.policy), as: UTF8.self))
        return .success
    }
}
