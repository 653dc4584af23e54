/// Words every match of a wording pattern contains, so a text with none of them skips the regex.
///
/// Most texts match none of a rule's patterns, and a regex search (bridging, ICU) costs far more than
/// a byte scan. The filter is a necessary condition only: when it says "may match", the regex decides.
/// Case-insensitive like the patterns: ASCII letters compare without case, and a text holding a
/// character whose case folding yields ASCII letters (`ſ`, `K`, `ß`, `ﬁ`, …) always goes to the regex.
struct LiteralPrefilter: Sendable {
    /// One literal per top-level alternative of the pattern, in ASCII lowercase.
    let literals: [[UInt8]]
    /// Whether some literal starts with the byte, indexed by byte.
    private let isFirstByte: [Bool]

    /// The filter for `pattern`, or `nil` when some alternative has no literal to look for.
    init?(pattern: String) {
        guard let words = RegexLiterals.required(in: pattern) else { return nil }
        literals = words.map { Array($0.utf8) }
        var first = [Bool](repeating: false, count: 256)
        for literal in literals { first[Int(literal[0])] = true }
        isFirstByte = first
    }

    /// Whether `text` contains one of the literals, ignoring ASCII case, or a character that could
    /// match an ASCII letter only through case folding.
    func mayMatch(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        for start in bytes.indices {
            let byte = bytes[start]
            if byte >= 0x80 {
                if Self.foldsToASCII(bytes, at: start) { return true }
                continue
            }
            guard isFirstByte[Int(Self.lowercased(byte))] else { continue }
            for literal in literals where literal.count <= bytes.count - start {
                if literal.indices.allSatisfy({ Self.lowercased(bytes[start + $0]) == literal[$0] }) { return true }
            }
        }
        return false
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 : byte
    }

    /// Whether the UTF-8 sequence at `start` is a character whose case folding contains an ASCII
    /// letter: ß U+00DF, İ U+0130, ŉ U+0149, ſ U+017F, ǰ U+01F0, U+1E96–U+1E9A, ẞ U+1E9E,
    /// K U+212A, and the Latin ligatures U+FB00–U+FB06.
    private static func foldsToASCII(_ bytes: [UInt8], at start: Int) -> Bool {
        func byte(_ offset: Int) -> UInt8? { start + offset < bytes.count ? bytes[start + offset] : nil }
        switch (bytes[start], byte(1)) {
        case (0xC3, 0x9F), (0xC4, 0xB0), (0xC5, 0x89), (0xC5, 0xBF), (0xC7, 0xB0): return true
        case (0xE1, 0xBA): return byte(2).map { (0x96...0x9A).contains($0) || $0 == 0x9E } ?? false
        case (0xE2, 0x84): return byte(2) == 0xAA
        case (0xEF, 0xAC): return byte(2).map { (0x80...0x86).contains($0) } ?? false
        default: return false
        }
    }
}
