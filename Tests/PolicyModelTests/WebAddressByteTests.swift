@testable import PolicyModel
import Testing

/// `WebAddress.isAllowed` reads ASCII addresses on bytes: it must answer as the reading by characters.
@Suite struct WebAddressByteTests {
    /// Pieces an address is made of, chosen to hit every test of the rule: schemes in any case,
    /// the colon, slashes, each forbidden character, controls, DEL, and non-ASCII that sends the
    /// address to the character reading (a combining accent after the colon, a bidi control, C1).
    static let pieces = [
        "https", "HTTP", "http", "mailto", "Tel", "tel", "ftp", "javascript", ":", "//", "/", "a", "cnil.fr", "x",
        "\"", "'", "<", ">", "`", " ", "\\", "{", "}", "|", "^", "\t", "\r\n", "\u{7F}", "\u{301}", "\u{202E}",
        "\u{85}", "é", "@", "+33", "?q=1", "#top", "",
    ]

    @Test func answersAsTheCharacterReading() {
        var generator = SplitMix(seed: 0x5EED)
        var accepted = 0, asciiRefused = 0
        for _ in 0..<20_000 {
            // Half the texts open like an address, so accepted ones are frequent too.
            var text = generator.next() % 2 == 0 ? Self.pieces[Int(generator.next() % 6)] + ":" : ""
            if generator.next() % 2 == 0 { text += "//" }
            for _ in 0..<Int(generator.next() % 5) {
                text += Self.pieces[Int(generator.next() % UInt64(Self.pieces.count))]
            }
            let answer = WebAddress.isAllowed(text)
            #expect(answer == WebAddress.isAllowedByCharacters(text), "\(text.debugDescription)")
            if answer { accepted += 1 } else if text.utf8.allSatisfy({ $0 < 0x80 }) { asciiRefused += 1 }
        }
        // Both answers were exercised on the byte path.
        #expect(accepted > 100)
        #expect(asciiRefused > 100)
    }

    @Test func lengthLimitAsTheCharacterReading() {
        for length in [2047, 2048, 2049] {
            let text = "https://" + String(repeating: "a", count: length - 8)
            #expect(WebAddress.isAllowed(text) == WebAddress.isAllowedByCharacters(text))
            #expect(WebAddress.isAllowed(text) == (length <= 2048))
        }
    }

    /// A small deterministic generator, so a failure replays.
    struct SplitMix {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }
}
