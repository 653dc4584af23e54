@testable import PolicyRendering
import Testing

/// The escapers against the ones they replaced (the `Legacy` folder), on random texts that mix ASCII with
/// scalars on the edges of the control and kept-scalar classes (C1 controls, U+200B…U+206A, U+2028,
/// U+FEFF, the no-break spaces, ’ « »), 0 to 48 scalars long: across the 4-, 16- and 32-byte paths.
@Suite struct EscapingRandomTests {
    static let pool: [Unicode.Scalar] = {
        var s: [UInt32] = [0x00, 0x01, 0x09, 0x0A, 0x0D, 0x1F, 0x20, 0x7E, 0x7F, 0x80, 0x85, 0x9F, 0xA0, 0xA9, 0xAB, 0xBB, 0xBF,
            0xC0, 0xE9, 0xFF, 0x100, 0x7FF, 0x800,
            0x2000, 0x200B, 0x200E, 0x200F, 0x2010, 0x2019, 0x2026, 0x2027, 0x2028, 0x2029, 0x202A, 0x202E, 0x202F,
            0x2030, 0x203F, 0x2040, 0x205F, 0x2060, 0x2065, 0x2066, 0x2069, 0x206A, 0x20AC, 0x2FFF,
            0xE000, 0xFEFE, 0xFEFF, 0xFF00, 0xFFBF, 0xFFFD, 0x1F600, 0x10FFFF]
        for b in 0x20...0x7E { s.append(UInt32(b)) }
        return s.compactMap(Unicode.Scalar.init)
    }()

    @Test func randomTextsEscapeAsLegacy() {
        var state: UInt64 = 12345
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<60000 {
            var scalars = String.UnicodeScalarView()
            let n = next(4) == 0 ? next(6) : next(48)
            for _ in 0..<n {
                if next(3) == 0 { scalars.append(Self.pool[next(Self.pool.count)]) } else { scalars.append("a") }
            }
            let text = String(scalars)
            #expect(text.escapedForHTML == text.legacyEscapedForHTML, "\(Array(text.unicodeScalars))")
            #expect(text.escapedForMarkdown == text.legacyEscapedForMarkdown, "\(Array(text.unicodeScalars))")
            var out = UTF8Output()
            out.append(raw: "p")
            out.append(text, escapedFor: .markdownDestination)
            #expect(out.string == "p" + MarkdownWriter.destination(text), "\(Array(text.unicodeScalars))")
            // The substring path.
            let sub = text.dropFirst(0)
            var out2 = UTF8Output()
            out2.append(sub, escapedFor: .html)
            #expect(out2.string == text.legacyEscapedForHTML)
        }
    }
}
