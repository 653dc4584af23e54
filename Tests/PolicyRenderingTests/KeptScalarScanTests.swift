@testable import PolicyRendering
import Testing

/// The escaping scans keep the scalars of two and three bytes that are no control (a no-break
/// space, an apostrophe, guillemets) without stopping, and copy a short text with nothing to escape
/// where it is written; these compare both with the string escapers they replaced (in `Legacy/`),
/// with such scalars and the bytes that do need handling close together, in and across blocks.
@Suite struct KeptScalarScanTests {
    /// Scalars whose lead byte the table marks (`C2`, `E2`, `EF`) but that every format keeps,
    /// and two that share no marked byte.
    static let kept = ["\u{A0}", "’", "\u{202F}", "«", "»", "\u{2026}", "\u{FEFE}", "\u{FFFD}", "é", "\u{1F600}"]
    /// What must still stop the scan: specials of each format, controls of one, two and three bytes.
    static let stops = [
        "<", "&", "'", "*", "_", "\n", "\u{0}", "\u{7F}", "\u{85}", "\u{202E}", "\u{2028}", "\u{2066}", "\u{FEFF}",
    ]

    @Test func aKeptScalarBeforeAStopEscapesAsBefore() {
        for kept in Self.kept {
            for stop in Self.stops {
                for before in 0...20 {
                    for gap in [0, 1, 2, 5, 13, 14, 15, 16, 17] {
                        for after in [0, 3, 16] {
                            let text = String(repeating: "a", count: before) + kept + String(repeating: "b", count: gap)
                                + stop + String(repeating: "c", count: after)
                            #expect(text.escapedForHTML == text.legacyEscapedForHTML, "\(Array(text.unicodeScalars))")
                            #expect(
                                text.escapedForMarkdown == text.legacyEscapedForMarkdown, "\(Array(text.unicodeScalars))")
                        }
                    }
                }
            }
        }
    }

    @Test func runsOfKeptScalarsEscapeAsBefore() {
        for kept in Self.kept {
            for count in 1...20 {
                for before in [0, 1, 7, 15, 16] {
                    let text = String(repeating: "a", count: before) + String(repeating: kept + "x", count: count)
                    #expect(text.escapedForHTML == text.legacyEscapedForHTML, "\(Array(text.unicodeScalars))")
                    #expect(text.escapedForMarkdown == text.legacyEscapedForMarkdown, "\(Array(text.unicodeScalars))")
                    let dense = String(repeating: kept, count: count) + "<"
                    #expect(dense.escapedForHTML == dense.legacyEscapedForHTML, "\(Array(dense.unicodeScalars))")
                }
            }
        }
    }

    /// Texts of fewer than sixteen bytes, plain or not, written after other output: the copy where
    /// they are written must write them, and only them, as the scan does.
    @Test func shortTextsAfterOtherOutputWriteAsBefore() {
        let pieces = ["a", "Oui", " ", "é", "’", "<", "*", "\t", "\u{85}", "", "0123456789abcde"]
        for first in pieces {
            for second in pieces {
                let text = first + second
                for html in [true, false] {
                    var output = UTF8Output(capacity: 1)
                    output.append(raw: "p")
                    output.append(text, escapedFor: html ? .html : .markdown)
                    output.append(text, escapedFor: html ? .html : .markdown)
                    let escaped = html ? text.legacyEscapedForHTML : text.legacyEscapedForMarkdown
                    #expect(output.string == "p" + escaped + escaped, "\(html) \(Array(text.unicodeScalars))")
                }
            }
        }
    }
}
