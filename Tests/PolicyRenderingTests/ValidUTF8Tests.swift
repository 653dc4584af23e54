@testable import PolicyRendering
import Testing

/// ``Swift/String/init(validUTF8:)`` makes the string decoding would, and the typesetter's strings
/// made with it are what the character rules give.
@Suite struct ValidUTF8Tests {
    @Test func sameStringAsDecoding() {
        let texts = ["", "a", "données « personnelles »", "l’accès\u{202F}; café\u{00A0}: e\u{301}", "日本 🇫🇷", String(repeating: "é", count: 300)]
        for text in texts {
            let bytes = Array(text.utf8)
            let made = bytes.withUnsafeBufferPointer { String(validUTF8: $0) }
            let decoded = bytes.withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) }
            #expect(made == decoded)
            #expect(Array(made.utf8) == bytes)
            #expect(made.count == decoded.count)
        }
    }

    @Test func typesetStringsAreValidAndAsTheRulesSay() {
        for text in TypographyScanTests.longTexts(count: 400, seed: 7) {
            let typeset = FrenchTypography.apply(text)
            #expect(String(validating: Array(typeset.utf8), as: UTF8.self) == typeset)
            #expect(Array(typeset.utf8) == Array(String(FrenchTypography.apply(Array(text))).utf8))
        }
    }
}
