import Foundation
import Testing

/// Text from a policy (here a tracker's English name, which messages quote) with control characters:
/// `lint` prints each finding on its own line, with the controls escaped, in text and GitHub formats.
@Suite struct HostileTextTests {
    static var hostile: String {
        CLI.run("export", "carmen-immobilier").output.replacingOccurrences(
            of: "\"en\" : \"Advertising cookies\"",
            with: #""en" : "Cookies\u0007\u001b[31m pub\nlici\u0000taires\u2028\u0085""#)
    }

    /// Whether `output` holds a control character other than the newlines ending its lines.
    static func hasRawControls(_ output: String) -> Bool {
        output.unicodeScalars.contains { scalar in
            scalar != "\n" && (scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar == "\u{2028}")
        }
    }

    @Test func textFindingsStayOnTheirLines() {
        let json = Self.hostile
        #expect(json.contains("\\u001b[31m"))
        let result = CLI.run("lint", "--file", "-", "--strict", "--date", "2026-11-22", stdin: json)
        #expect(result.code == .lintFailure, "\(result.errors)")
        #expect(result.output.contains(#"(Cookies\u{7}\u{1B}[31m pub\u{A}lici\u{0}taires\u{2028}\u{85})"#))
        #expect(!Self.hasRawControls(result.output))
        let lines = result.output.split(separator: "\n")
        #expect(lines.dropLast().allSatisfy { $0.hasPrefix("<stdin>:") || $0.hasPrefix("    note: ") })
    }

    @Test func githubWritesNoRawControls() {
        let result = CLI.run("lint", "--file", "-", "--strict", "--format", "github", "--date", "2026-11-22", stdin: Self.hostile)
        #expect(result.code == .lintFailure)
        #expect(result.output.contains(#"(Cookies\u{7}\u{1B}[31m pub%0Alici\u{0}taires\u{2028}\u{85})"#))
        #expect(!Self.hasRawControls(result.output))
        #expect(result.output.split(separator: "\n").allSatisfy { $0.hasPrefix("::") })
    }
}
