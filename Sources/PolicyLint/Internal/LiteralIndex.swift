/// Where a text may hold the wording patterns' literals, found in one pass over its bytes.
///
/// Most texts match none of the patterns, and a regex search (bridging, ICU) costs far more than a
/// byte scan: a pattern whose required literals (``RegexLiterals``) a text lacks cannot match it, and
/// the regex is spared. The scan is a necessary condition only; when the literals are there, the
/// regex decides (unless a literal alone proves the match).
///
/// Like the patterns, the scan ignores case: ASCII letters compare without case, and a text holding a
/// character whose case folding yields ASCII letters (`ſ`, `K`, `ß`, `ﬁ`, …) may match any pattern.
struct TextScan: Sendable {
    /// The positions where an indexed literal may begin, in ``LintInput``'s list of hits.
    var hits: Range<Int> = 0..<0
    /// A character whose case folding yields ASCII letters: every pattern may match.
    var foldsToASCII = false
    /// Every byte is ASCII.
    var isASCII = true
    /// Some byte is ASCII and not white space, so the text is not blank.
    var hasVisibleASCII = false
}

/// A place where the first four bytes of an indexed literal occur, lowercased.
struct LiteralHit: Sendable {
    let position: Int32
    let key: UInt32
}

/// The literals of the catalogue's wording patterns (``WordingCatalogue``), laid out for one scan of
/// a text.
///
/// A literal of four bytes or more is found by its first four bytes: a rolling window over the text,
/// lowercased, is hashed into a bit set; a set bit sends the window to a table of the keys, and a
/// known key is recorded with its position. A pattern then compares its literals in full, word
/// boundaries included, at the recorded positions only. Shorter literals, and literals of patterns
/// outside the catalogue, are looked for in the text directly.
final class LiteralIndex: Sendable {
    private let filter: [UInt64]
    /// ``WordingPattern/keySignature`` of every pattern whose keys the index knows, sorted.
    private let signatures: [UInt64]
    /// Open addressing on the first four bytes: the key plus one (0 is an empty slot).
    private let slots: [UInt64]
    private let slotMask: Int

    private static let filterBits = 15

    init(patterns: [WordingPattern]) {
        var keys: [UInt32] = []
        for literal in patterns.flatMap({ $0.literals.requirement?.literals ?? [] }) {
            if let key = literal.key, !keys.contains(key) { keys.append(key) }
        }
        signatures = patterns.compactMap(\.keySignature).sorted()
        var filter = [UInt64](repeating: 0, count: (1 << Self.filterBits) / 64)
        var size = 16
        while size < keys.count * 4 { size *= 2 }
        var slots = [UInt64](repeating: 0, count: size)
        for key in keys {
            let hash = Self.hash(key)
            filter[hash >> 6] |= 1 << UInt64(hash & 63)
            var slot = hash & (size - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = UInt64(key) + 1
        }
        self.filter = filter
        self.slots = slots
        slotMask = size - 1
    }

    /// The first four bytes of a literal, as the rolling window holds them.
    static func key(_ bytes: [UInt8]) -> UInt32 {
        bytes[0..<4].reduce(0) { $0 << 8 | UInt32($1) }
    }

    private static func hash(_ window: UInt32) -> Int {
        Int((window &* 0x9E37_79B1) >> UInt32(32 - filterBits))
    }

    /// Whether the index was built with the pattern whose keys have this signature, so that the
    /// positions it records answer for them.
    func covers(_ signature: UInt64) -> Bool {
        var low = 0
        var high = signatures.count
        while low < high {
            let middle = (low + high) / 2
            if signatures[middle] < signature { low = middle + 1 } else { high = middle }
        }
        return low < signatures.count && signatures[low] == signature
    }

    /// Whether the index records the positions of literals beginning with `key`.
    func knows(_ key: UInt32) -> Bool {
        let wanted = UInt64(key) + 1
        var slot = Self.hash(key) & slotMask
        while slots[slot] != 0 {
            if slots[slot] == wanted { return true }
            slot = (slot + 1) & slotMask
        }
        return false
    }

    /// Scans `bytes`, appending the positions of known keys to `hits`.
    func scan(_ bytes: UnsafeBufferPointer<UInt8>, into hits: inout [LiteralHit]) -> TextScan {
        var result = TextScan()
        let first = hits.count
        var window: UInt32 = 0
        var nonASCII = false
        var visible = false
        let count = bytes.count
        filter.withUnsafeBufferPointer { filter in
            ASCIITables.lowercase.withUnsafeBufferPointer { lower in
                for position in 0..<count {
                    let byte = bytes[position]
                    if byte >= 0x80 {
                        nonASCII = true
                        if byte >= 0xC3, !result.foldsToASCII, Self.foldsToASCII(bytes, at: position) {
                            result.foldsToASCII = true
                        }
                    } else if !visible, !ASCIITables.isWhitespace(byte) {
                        visible = true
                    }
                    window = window << 8 | UInt32(lower[Int(byte)])
                    guard position >= 3 else { continue }
                    let hash = Self.hash(window)
                    guard filter[hash >> 6] & (1 << UInt64(hash & 63)) != 0, knows(window) else { continue }
                    hits.append(LiteralHit(position: Int32(position - 3), key: window))
                }
            }
        }
        result.hits = first..<hits.count
        result.isASCII = !nonASCII
        result.hasVisibleASCII = visible
        return result
    }

    /// Whether `literal` occurs at `start`, ignoring ASCII case, its word boundaries allowing.
    ///
    /// A boundary is refused only where ICU certainly sees none: between two ASCII word characters,
    /// between two ASCII non-word characters, or between a non-word character and the text's end. A
    /// non-ASCII neighbour (a letter, a mark) leaves the boundary to the regex, unless `certain`
    /// asks for a boundary ICU certainly sees.
    static func occurs(
        _ literal: RequiredLiteral, at start: Int, in bytes: UnsafeBufferPointer<UInt8>, certain: Bool = false
    ) -> Bool {
        let pattern = literal.bytes
        let end = start + pattern.count
        guard start >= 0, end <= bytes.count else { return false }
        for offset in pattern.indices where ASCIITables.lowercased(bytes[start + offset]) != pattern[offset] {
            return false
        }
        if literal.boundaryBefore {
            let inside = ASCIITables.isWordByte(pattern[0])
            if start == 0 {
                if !inside { return false }
            } else {
                let outside = bytes[start - 1]
                if outside < 0x80 {
                    if ASCIITables.isWordByte(outside) == inside { return false }
                } else if certain {
                    return false
                }
            }
        }
        if literal.boundaryAfter {
            let inside = ASCIITables.isWordByte(pattern[pattern.count - 1])
            if end == bytes.count {
                if !inside { return false }
            } else {
                let outside = bytes[end]
                if outside < 0x80 {
                    if ASCIITables.isWordByte(outside) == inside { return false }
                } else if certain {
                    return false
                }
            }
        }
        return true
    }

    /// Whether some occurrence of `literal` in `bytes` passes ``occurs(_:at:in:certain:)``.
    static func contains(_ literal: RequiredLiteral, in bytes: UnsafeBufferPointer<UInt8>, certain: Bool = false) -> Bool {
        let first = literal.bytes[0]
        let count = literal.bytes.count
        guard count <= bytes.count else { return false }
        for start in 0...(bytes.count - count)
        where ASCIITables.lowercased(bytes[start]) == first && occurs(literal, at: start, in: bytes, certain: certain) {
            return true
        }
        return false
    }

    /// Whether some byte of `bytes` begins a character whose case folding yields ASCII letters.
    static func foldsToASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.indices.contains { bytes[$0] >= 0xC3 && foldsToASCII(bytes, at: $0) }
    }

    /// Whether the UTF-8 sequence at `start` is a character whose case folding contains an ASCII
    /// letter: ß U+00DF, İ U+0130, ŉ U+0149, ſ U+017F, ǰ U+01F0, U+1E96–U+1E9A, ẞ U+1E9E,
    /// K U+212A, and the Latin ligatures U+FB00–U+FB06.
    static func foldsToASCII(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
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

/// Byte classes for the scans.
enum ASCIITables {
    /// Each byte with ASCII capitals lowered.
    static let lowercase: [UInt8] = (0...255).map { lowercased(UInt8($0)) }

    @inline(__always)
    static func lowercased(_ byte: UInt8) -> UInt8 {
        byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte
    }

    /// ICU's `\w` among ASCII characters: letters, digits and `_`.
    @inline(__always)
    static func isWordByte(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- UInt8(ascii: "a") < 26 || byte &- UInt8(ascii: "0") < 10 || byte == UInt8(ascii: "_")
    }

    /// Unicode white space among ASCII characters: tab, line feed, vertical tab, form feed, carriage
    /// return and space (what `Character.isWhitespace` says of them).
    @inline(__always)
    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte &- 0x09 < 5
    }
}
