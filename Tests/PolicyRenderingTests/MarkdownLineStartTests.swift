@testable import PolicyRendering
import PolicyGenerator
import Testing

/// `UTF8Output.protectMarkdownLineStart(from:)`, which rewrites a line already written and tells most
/// lines apart by their first byte, against `String.protectingMarkdownLineStart` on random lines made
/// of the pieces that matter at a line's opening.
@Suite struct MarkdownLineStartTests {
    static let pieces = [
        " ", "  ", "-", "+", "=", "*", "#", ">", "[", "0", "1", "9", "2018", ".", ")", "a", "Le", "\u{0301}", "é",
        "\u{00A0}", "«", "\\-", "x",
    ]

    @Test func randomLinesAreProtectedAsTheStringsAre() {
        var random = SplitMix64(seed: 47)
        for _ in 0..<20000 {
            let count = Int(random.next() % 6)
            let line = (0..<count).map { _ in Self.pieces[Int(random.next() % UInt64(Self.pieces.count))] }.joined()
            var output = UTF8Output()
            output.append(raw: "earlier text\n")
            let start = output.count
            output.append(raw: line)
            output.protectMarkdownLineStart(from: start)
            #expect(output.string == "earlier text\n" + line.protectingMarkdownLineStart, "\(Array(line.unicodeScalars))")
        }
    }
}
