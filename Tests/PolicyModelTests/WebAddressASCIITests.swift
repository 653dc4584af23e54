@testable import PolicyModel
import Testing

/// The byte reading of ASCII addresses (``WebAddress/isAllowedASCII(_:)``) answers what the
/// character reading does, and leaves other texts to it.
@Suite struct WebAddressASCIITests {
    static let pieces = [
        "https", "HTTP", "http", "mailto", "Tel", "tel", "ftp", "javascript", ":", "://", "//", "/", "a", "www.cnil.fr",
        "@", "x", " ", "\"", "'", "<", ">", "`", "\\", "{", "}", "|", "^", "\r\n", "\r", "\n", "\t", "\u{7F}", "\u{1}",
        "-", ".", "?q=1", "#", "+33 1 23", "é", "\u{200B}", "\u{85}", "e\u{301}",
    ]

    @Test func asciiAnswersAreTheCharacterOnes() {
        var state: UInt64 = 42
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var texts = ["", ":", "https:", "https://", "https:///", "tel:1", "mailto:a@b", String(repeating: "a", count: 2050)]
        texts.append("https://" + String(repeating: "a", count: 2040))
        texts.append("https://" + String(repeating: "a", count: 2041))
        texts.append("tel:" + String(repeating: "\r\n", count: 1030))
        for _ in 0..<5000 {
            let start = next(3) == 0 ? "" : Self.pieces[next(8)] + (next(4) == 0 ? "" : Self.pieces[8 + next(3)])
            texts.append(start + (0..<next(6)).map { _ in Self.pieces[next(Self.pieces.count)] }.joined())
        }
        for text in texts {
            let expected = WebAddress.isAllowedCharacters(text)
            if text.utf8.allSatisfy({ $0 < 0x80 }) {
                #expect(WebAddress.isAllowedASCII(text) == expected, "\(text.debugDescription)")
            } else {
                #expect(WebAddress.isAllowedASCII(text) == nil)
            }
            #expect(WebAddress.isAllowed(text) == expected)
        }
    }
}
