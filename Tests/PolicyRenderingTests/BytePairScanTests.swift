@testable import PolicyRendering
import Testing

/// The escaping scans step over text two bytes per lookup, sixteen bytes a round: these check the
/// pair table against the byte table it is made from, and the scans against the string escapers
/// kept in `Legacy/`, with the byte that stops them at every offset of a long text.
@Suite struct BytePairScanTests {
    @Test func everyPairHoldsTheClassesOfItsTwoBytes() {
        let buffer = UTF8Output()
        let pairs = UTF8Output.bytePairClasses
        #expect(pairs.count == 65536)
        for high in 0..<256 {
            for low in 0..<256 {
                let expected = buffer.byteClasses[high] | buffer.byteClasses[low]
                #expect(pairs[high << 8 | low] == expected, "pair \(high) \(low)")
            }
        }
    }

    /// Fillers long enough for several rounds, ASCII and accented, of odd and even length.
    static let fillers = [
        String(repeating: "abcdefgh", count: 6), String(repeating: "é", count: 23) + "x",
        "Les données sont conservées pendant trois ans après la fin du contrat",
    ]

    /// What stops a scan in some format, and scalars whose lead byte makes it look closely.
    static let stops = [
        "&", "<", ">", "\"", "'", "\\", "`", "*", "_", "[", "]", "#", "|", "~", "!", "(", ")", " ", "\t", "\n",
        "\u{0}", "\u{7F}", "\u{85}", "\u{A0}", "«", "\u{200E}", "\u{2028}", "\u{202F}", "’", "\u{2066}", "\u{FEFF}",
        "\u{FEFE}",
    ]

    @Test func aStopAtEveryOffsetEscapesAsBefore() {
        for filler in Self.fillers {
            let scalars = Array(filler.unicodeScalars)
            for stop in Self.stops {
                for offset in 0...scalars.count {
                    var text = String.UnicodeScalarView(scalars[..<offset])
                    text.append(contentsOf: stop.unicodeScalars)
                    text.append(contentsOf: scalars[offset...])
                    let line = String(text)
                    #expect(line.escapedForHTML == line.legacyEscapedForHTML, "\(stop) at \(offset)")
                    #expect(line.escapedForMarkdown == line.legacyEscapedForMarkdown, "\(stop) at \(offset)")
                    #expect(line.neutralisingControls == line.legacyNeutralisingControls, "\(stop) at \(offset)")
                }
            }
        }
    }
}
