import Foundation
import Testing

@Suite struct BuildTests {
    static let files = ["en.html", "en.md", "fr.html", "fr.md", "index.html", "policy.json"]

    @Test func writesTheFilesOfEveryPolicy() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = CLI.run("build", "--out", "out", in: folder)
        #expect(result.code == .success, "\(result.errors)")
        let written = CLI.snapshot(folder.appendingPathComponent("out"))
        let expected = ["carmen-immobilier", "leggett-immobilier"].flatMap { id in Self.files.map { "\(id)/\($0)" } }
        #expect(written.keys.sorted() == expected.sorted())
        #expect(written.values.allSatisfy { !$0.isEmpty })
        // Nothing is left beside the output folder.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out"])
    }

    @Test func twoBuildsAreByteIdentical() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(CLI.run("build", "--out", "a", in: folder).code == .success)
        #expect(CLI.run("build", "--out", "b", in: folder).code == .success)
        let a = CLI.snapshot(folder.appendingPathComponent("a"))
        let b = CLI.snapshot(folder.appendingPathComponent("b"))
        #expect(!a.isEmpty)
        #expect(a == b)
    }

    @Test func badInputWritesNothingAndKeepsThePreviousOutput() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(CLI.run("build", "carmen-immobilier", "--out", "out", in: folder).code == .success)
        let before = CLI.snapshot(folder.appendingPathComponent("out"))

        try "{ \"id\": ".write(to: folder.appendingPathComponent("bad.json"), atomically: true, encoding: .utf8)
        let result = CLI.run("build", "--file", "bad.json", "--out", "out", in: folder)
        #expect(result.code == .badInput)
        #expect(result.errors.hasPrefix("bad.json:1:"))
        #expect(CLI.snapshot(folder.appendingPathComponent("out")) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["bad.json", "out"])
    }

    @Test func buildingOnePolicyKeepsTheOthers() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(CLI.run("build", "--out", "out", in: folder).code == .success)
        let before = CLI.snapshot(folder.appendingPathComponent("out"))
        #expect(CLI.run("build", "leggett-immobilier", "--out", "out", in: folder).code == .success)
        #expect(CLI.snapshot(folder.appendingPathComponent("out")) == before)
    }

    @Test func buildsAPolicyFromStandardInput() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let json = CLI.run("export", "carmen-immobilier").output
        let result = CLI.run("build", "--file", "-", "--out", "out", stdin: json, in: folder)
        #expect(result.code == .success, "\(result.errors)")
        let written = CLI.snapshot(folder.appendingPathComponent("out"))
        #expect(written.keys.sorted() == Self.files.map { "carmen-immobilier/\($0)" })
        #expect(written["carmen-immobilier/policy.json"] == Data(json.utf8))
    }

    @Test func aLintErrorWritesNothing() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        var json = CLI.run("export", "carmen-immobilier").output
        // Withdrawing consent is then described nowhere: Art. 7(3) and 13(2)(c).
        json = json.replacingOccurrences(of: "\"consentWithdrawal\"", with: "\"legitimateInterest\"")
        let result = CLI.run("build", "--file", "-", "--out", "out", stdin: json, in: folder)
        #expect(result.code == .lintFailure, "\(result.errors)")
        #expect(result.errors.contains("nothing written"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))
    }
}
