import Foundation
import Testing

/// Compares a whole document with its golden file in `Fixtures/`.
///
/// With `POLICYC_UPDATE_GOLDENS=1` in the environment the golden is rewritten instead; otherwise a
/// difference fails with the lines that differ.
enum Golden {
    static let fixtures: String = {
        var url = URL(fileURLWithPath: #filePath)
        url.deleteLastPathComponent()
        url.deleteLastPathComponent()
        return url.appendingPathComponent("Fixtures").path
    }()

    static var updating: Bool { ProcessInfo.processInfo.environment["POLICYC_UPDATE_GOLDENS"] == "1" }

    static func check(_ actual: String, named name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let path = fixtures + "/" + name
        if updating {
            try actual.write(toFile: path, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOfFile: path, encoding: .utf8) else {
            Issue.record("no golden \(name); run with POLICYC_UPDATE_GOLDENS=1", sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            Issue.record("\(name) differs from its golden:\n\(diff(expected, actual))", sourceLocation: sourceLocation)
        }
    }

    /// The differing lines, `-` expected and `+` actual, with their line numbers; at most 20 pairs.
    static func diff(_ expected: String, _ actual: String) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var lines: [String] = []
        for index in 0..<max(old.count, new.count) where lines.count < 40 {
            let before = index < old.count ? String(old[index]) : nil
            let after = index < new.count ? String(new[index]) : nil
            guard before != after else { continue }
            if let before { lines.append("\(index + 1) - \(before)") }
            if let after { lines.append("\(index + 1) + \(after)") }
        }
        return lines.joined(separator: "\n")
    }
}
