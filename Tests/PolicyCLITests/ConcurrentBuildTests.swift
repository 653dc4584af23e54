import Foundation
import Testing

@testable import PolicyCLI

/// Builds into the same folder take turns: each carries the old tree over, so without turns the last swap
/// would drop the policy the other build wrote.
@Suite struct ConcurrentBuildTests {
    @Test func aBuildWaitsWhileAnotherWritesTheSameFolder() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        // This test takes the folder as a build of carmen-immobilier would.
        let held = try AtomicDirectory(target: out)
        try held.carryOver(except: ["carmen-immobilier"])
        try held.write(Data("{}\n".utf8), to: "carmen-immobilier/policy.json")
        let other = try CLI.launch(["build", "leggett-immobilier", "--out", "out"], in: folder)
        let deadline = Date().addingTimeInterval(2)
        while other.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        #expect(other.isRunning, "the second build did not wait for the first")
        try held.commit()
        other.waitUntilExit()
        #expect(other.terminationStatus == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
            == ["carmen-immobilier", "leggett-immobilier"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out"])
    }

    @Test func twoPartialBuildsAtOnceKeepBothPolicies() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        for run in 0..<8 {
            let out = "out\(run)"
            let builds = try ["carmen-immobilier", "leggett-immobilier"].map { id in
                try CLI.launch(["build", id, "--out", out], in: folder)
            }
            for build in builds { build.waitUntilExit() }
            #expect(builds.map(\.terminationStatus) == [0, 0])
            let written = CLI.snapshot(folder.appendingPathComponent(out))
            #expect(Set(written.keys.map { String($0.prefix { $0 != "/" }) }) == ["carmen-immobilier", "leggett-immobilier"],
                "run \(run)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).allSatisfy { $0.hasPrefix("out") })
    }
}
