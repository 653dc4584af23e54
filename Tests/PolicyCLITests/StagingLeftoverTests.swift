import Foundation
import Testing

@testable import PolicyCLI

/// A build removes the staging folders builds that were killed left beside its output folder, and only those.
@Suite struct StagingLeftoverTests {
    @Test func leftoversOfDeadBuildsAreRemovedAndOthersKept() throws {
        let parent = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: parent) }
        // A process id no process has (above the kernel's limit), the id of this process's parent, which runs, and
        // names that only look alike.
        let dead = ".out.staging-2147483600"
        let alive = ".out.staging-\(getppid())"
        let others = [".out.staging", ".out.stagingx-1", "out.staging-1", ".other.staging-1", ".out.staging-", "readme"]
        for name in [dead, alive] + others {
            try FileManager.default.createDirectory(
                at: parent.appendingPathComponent(name), withIntermediateDirectories: false)
        }
        #expect(Set(AtomicDirectory.entries(of: parent.path, startingWith: ".out.staging-"))
            == [dead, alive, ".out.staging-"])

        let directory = try AtomicDirectory(target: parent.appendingPathComponent("out"))
        defer { directory.abandon() }
        let left = Set(try FileManager.default.contentsOfDirectory(atPath: parent.path))
        #expect(!left.contains(dead))
        // `.out.staging-` names no process: it is a leftover too, as the listing by `hasPrefix` found it.
        #expect(!left.contains(".out.staging-"))
        #expect(left.isSuperset(of: [alive] + others.filter { $0 != ".out.staging-" }))
        #expect(left.contains(directory.staging.lastPathComponent))
    }

    @Test func theFolderAndItsParentAreNeverEntries() throws {
        let parent = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: parent) }
        try FileManager.default.createDirectory(
            at: parent.appendingPathComponent(".a"), withIntermediateDirectories: false)
        #expect(AtomicDirectory.entries(of: parent.path, startingWith: ".") == [".a"])
        #expect(AtomicDirectory.entries(of: parent.path, startingWith: "").sorted() == [".a"])
    }

    @Test func anUnreadableFolderHasNoEntries() {
        #expect(AtomicDirectory.entries(of: "/nonexistent/policyc/folder", startingWith: ".out.staging-").isEmpty)
    }
}
