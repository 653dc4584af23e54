import Foundation
import Testing

/// A declaration in the wrong block must not compile. These tests type-check small files against the
/// built PolicyDSL module with the toolchain's own compiler.
@Suite struct ContextTests {
    static let header = """
        import PolicyDSL
        import PolicyModel

        """

    @Test func aWellPlacedDeclarationCompiles() throws {
        let result = try typecheck(Self.header + """
            let p = PrivacyPolicy("x", version: "1", effective: "2024-01-01") {
                DataController("X", establishedIn: "FR") { Email("a@b.fr") }
                ProcessingPurpose("p", basis: .contract, fr: "a", en: "b") { Uses("c") }
                RightsRequests(identityCheck: .onReasonableDoubt) { Email("a@b.fr") }
            }
            """)
        #expect(result.status == 0, "\(result.output)")
    }

    @Test(arguments: [
        // A purpose inside the controller's block.
        """
        let p = PrivacyPolicy("x", version: "1", effective: "2024-01-01") {
            DataController("X", establishedIn: "FR") {
                ProcessingPurpose("p", basis: .contract, fr: "a", en: "b") { Uses("c") }
            }
        }
        """,
        // A controller detail at the top level.
        """
        let p = PrivacyPolicy("x", version: "1", effective: "2024-01-01") {
            TradeName("X")
        }
        """,
        // A purpose's detail inside a recipient.
        """
        let p = PrivacyPolicy("x", version: "1", effective: "2024-01-01") {
            OtherRecipient("r", name: .init(name: "R"), role: .internalDepartment, fr: "a", en: "b") {
                Uses("c")
            }
        }
        """,
        // A text without its English version.
        """
        let p = PersonalData("d", .identity, fr: "Nom")
        """,
    ])
    func aMisplacedDeclarationDoesNotCompile(source: String) throws {
        let result = try typecheck(Self.header + source)
        #expect(result.status != 0)
        #expect(result.output.contains("error:"))
    }

    struct Result {
        var status: Int32
        var output: String
    }

    /// Type-checks `source` against the modules built next to the running test bundle.
    func typecheck(_ source: String) throws -> Result {
        let modules = try #require(Self.modulesDirectory(), "no Modules folder beside the test bundle")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("policyc-dsl-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("main.swift")
        try source.write(to: file, atomically: true, encoding: .utf8)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "swiftc", "-typecheck", "-swift-version", "6", "-I", modules.path,
            "-module-cache-path", folder.appendingPathComponent("cache").path, file.path,
        ]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: output, as: UTF8.self))
    }

    static func modulesDirectory() -> URL? {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        for _ in 0..<5 {
            folder = folder.deletingLastPathComponent()
            let candidate = folder.appendingPathComponent("Modules")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("PolicyDSL.swiftmodule").path) {
                return candidate
            }
        }
        return nil
    }
}
