import Testing

@testable import PolicyLint

/// ``WholeCharacters/only(_:)`` answers `true` only for texts whose characters are each one scalar,
/// and does answer `true` for the plain French of a policy.
@Suite struct WholeCharactersTests {
    static func only(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { WholeCharacters.only($0) }
    }

    @Test func trueOnlyWhenEveryCharacterIsOneScalar() {
        // Scalars around the edges of the accepted blocks, combining marks, joiners, CR and LF.
        let scalars: [UInt32] = [
            0x61, 0x20, 0x0D, 0x0A, 0x7F, 0x80, 0xA0, 0xAB, 0xE9, 0x153, 0x2FF, 0x300, 0x301, 0x36F, 0x370, 0x1F00,
            0x2000, 0x200B, 0x200C, 0x200D, 0x200E, 0x2019, 0x202F, 0x203C, 0x20AC, 0x20BF, 0x20D0, 0x20E3, 0xFE0F,
            0x1F600,
        ]
        var state: UInt64 = 7
        for _ in 0..<20_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            var text = ""
            var bits = state
            for _ in 0..<Int(state >> 60) {
                text.unicodeScalars.append(Unicode.Scalar(scalars[Int(bits % UInt64(scalars.count))])!)
                bits /= UInt64(scalars.count)
            }
            if Self.only(text) {
                #expect(text.allSatisfy { $0.unicodeScalars.count == 1 }, "\(Array(text.unicodeScalars))")
            }
        }
    }

    @Test func plainFrenchIsMadeOfWholeCharacters() {
        for text in ["Les données personnelles", "l’agence « Carmen » : 20 €", "n° 78-17\u{00A0}; œuvre", "e-mail", ""] {
            #expect(Self.only(text), "\(text)")
        }
        for text in ["c\u{301}", "ab\r\n", "x\u{200D}y", "日本"] {
            #expect(!Self.only(text), "\(text.debugDescription)")
        }
    }
}
