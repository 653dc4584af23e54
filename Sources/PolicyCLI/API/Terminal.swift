import Foundation

/// What a command reads and writes: standard streams, environment and working directory.
///
/// Tests build one with a fixed input and read the captured output; `policyc` uses ``standard()``.
public struct Terminal: Sendable {
    public var standardInput: @Sendable () -> Data
    public var environment: [String: String]
    public var currentDirectory: String
    /// Whether standard output is a terminal, for colour.
    public var outputIsTerminal: Bool
    public private(set) var output = ""
    public private(set) var errors = ""

    public init(
        standardInput: @escaping @Sendable () -> Data = { Data() }, environment: [String: String] = [:],
        currentDirectory: String, outputIsTerminal: Bool = false
    ) {
        self.standardInput = standardInput
        self.environment = environment
        self.currentDirectory = currentDirectory
        self.outputIsTerminal = outputIsTerminal
    }

    /// The process's own streams and environment.
    public static func standard() -> Terminal {
        Terminal(
            standardInput: { FileHandle.standardInput.readDataToEndOfFile() },
            environment: ProcessInfo.processInfo.environment,
            currentDirectory: FileManager.default.currentDirectoryPath,
            outputIsTerminal: isatty(STDOUT_FILENO) == 1)
    }

    public mutating func print(_ text: String) {
        output += text.hasSuffix("\n") ? text : text + "\n"
    }

    /// Writes text exactly as given, for documents that carry their own final newline.
    public mutating func write(_ text: String) {
        output += text
    }

    public mutating func printError(_ text: String) {
        errors += text.hasSuffix("\n") ? text : text + "\n"
    }

    /// Whether colour is wanted: on a terminal, and `NO_COLOR` unset.
    public var wantsColor: Bool {
        outputIsTerminal && (environment["NO_COLOR"] ?? "").isEmpty
    }
}
