import Foundation

/// Dispatches `policyc-bench` subcommands; prints usage errors to standard error.
enum BenchCommand {
    static let usage = """
        usage: policyc-bench generate --count N [--seed S] [--size small|mixed|large] --out DIR
               policyc-bench run --count N [--seed S] [--size small|mixed|large] [--templates DIR]
                                 [--out DIR] [--dump-markdown DIR]

        generate  writes DIR/gen-00001.json … as canonical JSON (policyc build --file accepts them).
        run       generates N policies one at a time and times lint and rendering (HTML and Markdown,
                  French and English) apart; reports policies/s, output MB/s and peak memory (VmHWM).
                  Outputs go to /dev/null, or to files under --out. --dump-markdown also writes each
                  Markdown statement to DIR/gen-00001.fr.md …, untimed, for cmark and pandoc.
        """

    static func run(_ arguments: [String]) -> Int32 {
        guard let name = arguments.first else {
            printError(usage)
            return 2
        }
        do {
            let options = try Options(Array(arguments.dropFirst()))
            switch name {
            case "generate": try GenerateCommand(options: options).run()
            case "run": try RunCommand(options: options).run()
            case "help", "--help", "-h": print(usage)
            default: throw UsageError("unknown command '\(name)'")
            }
            return 0
        } catch let error as UsageError {
            printError("policyc-bench: \(error.message)\n\n\(usage)")
            return 2
        } catch {
            printError("policyc-bench: \(error)")
            return 1
        }
    }
}

/// A mistake on the command line.
struct UsageError: Error {
    var message: String
    init(_ message: String) { self.message = message }
}

func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
