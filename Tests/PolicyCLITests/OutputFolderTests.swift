import Foundation
import Testing

/// Where a build writes: through a symbolic link, and what a build of every policy keeps of the old folder.
@Suite struct OutputFolderTests {
    static let manager = FileManager.default

    @Test func aLinkedOutputFolderIsWrittenThroughAndKept() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? Self.manager.removeItem(at: folder) }
        try Self.manager.createDirectory(at: folder.appendingPathComponent("site/real"), withIntermediateDirectories: true)
        try Data("mine\n".utf8).write(to: folder.appendingPathComponent("site/real/keep.txt"))
        try Self.manager.createSymbolicLink(atPath: folder.appendingPathComponent("link").path, withDestinationPath: "site/real")
        try Self.manager.createSymbolicLink(atPath: folder.appendingPathComponent("chain").path, withDestinationPath: "link")

        let result = CLI.run("build", "carmen-immobilier", "--out", "chain", in: folder)
        #expect(result.code == .success, "\(result.errors)")
        #expect(try Self.manager.destinationOfSymbolicLink(atPath: folder.appendingPathComponent("chain").path) == "link")
        #expect(try Self.manager.destinationOfSymbolicLink(atPath: folder.appendingPathComponent("link").path) == "site/real")
        let written = CLI.snapshot(folder.appendingPathComponent("site/real"))
        #expect(written["keep.txt"] == Data("mine\n".utf8))
        #expect(written.keys.sorted() == (["keep.txt"] + BuildTests.files.map { "carmen-immobilier/\($0)" }).sorted())
        #expect(try Self.manager.contentsOfDirectory(atPath: folder.path).sorted() == ["chain", "link", "site"])
        #expect(try Self.manager.contentsOfDirectory(atPath: folder.appendingPathComponent("site").path) == ["real"])
    }

    @Test func aLinkToAFolderNotYetMadeIsKept() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? Self.manager.removeItem(at: folder) }
        try Self.manager.createSymbolicLink(atPath: folder.appendingPathComponent("dist").path, withDestinationPath: "public")
        #expect(CLI.run("build", "leggett-immobilier", "--out", "dist", in: folder).code == .success)
        #expect(try Self.manager.destinationOfSymbolicLink(atPath: folder.appendingPathComponent("dist").path) == "public")
        #expect(CLI.snapshot(folder.appendingPathComponent("public")).keys.sorted()
            == BuildTests.files.map { "leggett-immobilier/\($0)" })
    }

    /// A build replaces its output folder with a copy: the working directory, or a folder holding it, is refused
    /// before anything is written, whether named directly or through a link.
    @Test(arguments: [".", "..", "./", "here"])
    func theWorkingDirectoryIsNotAnOutputFolder(out: String) throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? Self.manager.removeItem(at: folder) }
        let work = folder.appendingPathComponent("work")
        try Self.manager.createDirectory(at: work, withIntermediateDirectories: true)
        try Data("mine\n".utf8).write(to: work.appendingPathComponent("notes.txt"))
        try Self.manager.createSymbolicLink(atPath: work.appendingPathComponent("here").path, withDestinationPath: ".")
        let before = try Self.manager.attributesOfItem(atPath: work.path)[.systemFileNumber] as? Int

        let result = CLI.run("build", "carmen-immobilier", "--out", out, in: work)
        #expect(result.code == .badInput)
        #expect(result.errors.contains("is the working directory or holds it"), "\(result.errors)")
        #expect(try Self.manager.attributesOfItem(atPath: work.path)[.systemFileNumber] as? Int == before)
        #expect(try Self.manager.contentsOfDirectory(atPath: work.path).sorted() == ["here", "notes.txt"])
        #expect(try Self.manager.contentsOfDirectory(atPath: folder.path) == ["work"])
    }

    /// A statement of a policy that no longer exists must not stay published; what a user put in the folder stays.
    @Test func aFullBuildDropsTheFoldersOfPoliciesThatNoLongerExist() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? Self.manager.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        func write(_ path: String) throws {
            let url = out.appendingPathComponent(path)
            try Self.manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("x\n".utf8).write(to: url)
        }
        for name in BuildTests.files { try write("old-agency/\(name)") }
        try write("older-agency/policy.json")
        try write("older-agency/de.html")
        try write("notes/policy.json")  // a user's folder: a file no build writes
        try write("notes/todo.txt")
        try write("nested/policy.json")  // a subfolder
        try write("nested/fr/index.html")
        try write("no-json/fr.html")  // no policy.json
        try write("robots.txt")
        try write("../lookalike/policy.json")
        try Self.manager.createSymbolicLink(atPath: out.appendingPathComponent("linked").path, withDestinationPath: "../lookalike")

        let partial = CLI.run("build", "carmen-immobilier", "--out", "out", in: folder)
        #expect(partial.code == .success)
        #expect(!partial.output.contains("removed"))
        #expect(Self.manager.fileExists(atPath: out.appendingPathComponent("old-agency/policy.json").path))

        let full = CLI.run("build", "--out", "out", in: folder)
        #expect(full.code == .success, "\(full.errors)")
        #expect(full.output.hasSuffix("old-agency: removed (no such policy)\nolder-agency: removed (no such policy)\n"))
        #expect(try Self.manager.contentsOfDirectory(atPath: out.path).sorted() == [
            "carmen-immobilier", "leggett-immobilier", "linked", "nested", "no-json", "notes", "robots.txt",
        ])
        #expect(try Self.manager.destinationOfSymbolicLink(atPath: out.appendingPathComponent("linked").path) == "../lookalike")
        #expect(CLI.snapshot(out).keys.filter { $0.hasPrefix("n") }.sorted()
            == ["nested/fr/index.html", "nested/policy.json", "no-json/fr.html", "notes/policy.json", "notes/todo.txt"])
        #expect(CLI.snapshot(folder.appendingPathComponent("lookalike")).keys.sorted() == ["policy.json"])
    }
}
