import Foundation
import Testing

/// `build` and `render` report a broken template as `lint` does: every problem, so the malformed line is
/// named and not only the key it left "missing" in the other language, and named first.
@Suite struct BrokenTemplatesTests {
    static let syntaxError = "tpl/fr/complaint.txt:2: error: expected 'key = text'"
    static let consequence = "tpl/en/complaint.txt:2: error: 'complaint.heading' has no 'fr' text"

    /// A copy of the templates whose `fr/complaint.txt` line 2 lacks its `=`.
    static func brokenCopy(in folder: URL) throws {
        let copy = folder.appendingPathComponent("tpl")
        try FileManager.default.copyItem(at: CLI.root.appendingPathComponent("templates"), to: copy)
        let file = copy.appendingPathComponent("fr/complaint.txt")
        var lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
        #expect(lines[1].hasPrefix("complaint.heading = "))
        lines[1] = "complaint.heading Lodging"
        try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
    }

    @Test(arguments: [
        ["build", "--templates", "tpl", "--out", "out"],
        ["render", "carmen-immobilier", "--lang", "en", "--format", "md", "--templates", "tpl"],
    ])
    func theMalformedLineIsReported(arguments: [String]) throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.brokenCopy(in: folder)
        let result = CLI.run(arguments, stdin: Data(), in: folder)
        #expect(result.code == .badInput)
        #expect(result.output.isEmpty)
        let lines = result.errors.split(separator: "\n").map { line in
            line.split(separator: "/").drop { $0 != "tpl" }.joined(separator: "/")
        }
        #expect(lines.contains(Self.syntaxError))
        #expect(lines.contains { $0.hasPrefix(Self.consequence) })
        // The cause comes first, though its file sorts after the consequence's.
        #expect(lines.firstIndex(of: Self.syntaxError) ?? .max < lines.firstIndex { $0.hasPrefix(Self.consequence) } ?? .max)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["tpl"])
    }
}
