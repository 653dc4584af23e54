import Foundation
import PolicyCLI
import Testing

/// Runs `policyc` in-process from the package root, with optional standard input.
struct Invocation {
    var code: ExitCode
    var output: String
    var errors: String
}

enum CLI {
    /// The package root, found from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func run(_ arguments: String..., stdin: String = "", in directory: URL = root) -> Invocation {
        run(arguments, stdin: Data(stdin.utf8), in: directory)
    }

    static func run(_ arguments: [String], stdin: Data, in directory: URL = root) -> Invocation {
        var terminal = Terminal(
            standardInput: { stdin }, environment: ["POLICYC_TEMPLATES": root.appendingPathComponent("templates").path],
            currentDirectory: directory.path)
        let code = CommandLineTool.run(arguments, terminal: &terminal)
        return Invocation(code: code, output: terminal.output, errors: terminal.errors)
    }

    /// The `policyc` executable, built beside the test runner, for tests that need separate processes.
    static var executable: URL? {
        var folder = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        var candidates: [URL] = []
        for _ in 0..<4 {
            folder = folder.deletingLastPathComponent()
            candidates.append(folder.appendingPathComponent("policyc"))
        }
        candidates.append(root.appendingPathComponent(".build/debug/policyc"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// Starts `policyc` as a separate process in `directory`, with the repository's templates and its
    /// output discarded.
    static func launch(_ arguments: [String], in directory: URL) throws -> Process {
        let binary: URL = try #require(executable, "policyc is not built beside the tests")
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = ["POLICYC_TEMPLATES": root.appendingPathComponent("templates").path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// A fresh temporary folder.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("policyc-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Every file below `folder` with its bytes, by relative path.
    static func snapshot(_ folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else {
            return files
        }
        for case let url as URL in enumerator {
            let relative = String(url.standardizedFileURL.path.dropFirst(folder.standardizedFileURL.path.count + 1))
            if let data = FileManager.default.contents(atPath: url.path),
                (try? url.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) != true
            {
                files[relative] = data
            }
        }
        return files
    }
}
