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
    /// The catalogue patterns (``LiteralIndex/patternBit(_:)``) one of whose keys the text holds.
    var patterns: UInt64 = 0
    /// The text's first byte, or 0 for an empty text.
    var firstByte: UInt8 = 0
}

/// A place where the first four bytes of an indexed literal occur, lowercased.
struct LiteralHit: Sendable {
    let position: Int32
    let key: UInt32
}

/// The literals of the catalogue's wording patterns (``WordingCatalogue``), laid out for one scan of
/// a text.
///
/// A literal of four bytes or more is found by its first four bytes (its key): the scan moves a
/// four-byte window over the text, skipping the windows its last two bytes prove begin no key
/// (``KeyPairTable``); a window it reads, lowercased, is looked up in a table of the keys, and a
/// known key is recorded with its position. A pattern then compares its literals in full, word
/// boundaries included, at the recorded positions only. Shorter literals, and literals of patterns
/// outside the catalogue, are looked for in the text directly.
///
/// Each distinct key set of the catalogue's patterns (up to 64 of them) also gets a bit: the scan ORs
/// together the bits of the keys it finds, so that whether a text holds one of a pattern's keys is
/// one test of ``TextScan/patterns`` instead of a walk over its hits.
final class LiteralIndex: Sendable {
    /// For each pair of bytes, how far the scan may skip and whether a key begins with it.
    private let pairs: KeyPairTable
    /// ``WordingPattern/keySignature`` of every pattern whose keys the index knows, by open
    /// addressing (0 is an empty slot; signatures are odd).
    private let signatures: [UInt64]
    /// For each slot of ``signatures``, the pattern bit of its key set, or 0 past the 64th key set.
    private let signatureBits: [UInt64]
    private let signatureMask: Int
    /// Open addressing on the first four bytes: the key plus one (0 is an empty slot).
    private let slots: [UInt64]
    /// For each slot of ``slots``, the bits of the key sets that hold its key.
    private let slotPatterns: [UInt64]
    private let slotMask: Int

    private static let hashBits = 15

    init(patterns: [WordingPattern]) {
        var keys: [UInt32] = []
        for literal in patterns.flatMap({ $0.literals.requirement?.literals ?? [] }) {
            if let key = literal.key, !keys.contains(key) { keys.append(key) }
        }
        // Each distinct key set, in catalogue order, with its keys; the first 64 get a bit.
        var known: [(signature: UInt64, keys: [UInt32])] = []
        for pattern in patterns {
            guard let signature = pattern.keySignature, let patternKeys = pattern.keys else { continue }
            if !known.contains(where: { $0.signature == signature }) { known.append((signature, patternKeys)) }
        }
        var signatureSize = 16
        while signatureSize < known.count * 4 { signatureSize *= 2 }
        var signatures = [UInt64](repeating: 0, count: signatureSize)
        var signatureBits = [UInt64](repeating: 0, count: signatureSize)
        for (number, entry) in known.enumerated() {
            var slot = Int(truncatingIfNeeded: entry.signature >> 32) & (signatureSize - 1)
            while signatures[slot] != 0 { slot = (slot + 1) & (signatureSize - 1) }
            signatures[slot] = entry.signature
            signatureBits[slot] = number < 64 ? 1 << UInt64(number) : 0
        }
        self.signatures = signatures
        self.signatureBits = signatureBits
        signatureMask = signatureSize - 1
        var size = 16
        while size < keys.count * 4 { size *= 2 }
        var slots = [UInt64](repeating: 0, count: size)
        var slotPatterns = [UInt64](repeating: 0, count: size)
        for key in keys {
            var slot = Self.hash(key) & (size - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = UInt64(key) + 1
            for (number, entry) in known.prefix(64).enumerated() where entry.keys.contains(key) {
                slotPatterns[slot] |= 1 << UInt64(number)
            }
        }
        pairs = KeyPairTable(keys: keys)
        self.slots = slots
        self.slotPatterns = slotPatterns
        slotMask = size - 1
    }

    /// The first four bytes of a literal, as the rolling window holds them.
    static func key(_ bytes: [UInt8]) -> UInt32 {
        bytes[0..<4].reduce(0) { $0 << 8 | UInt32($1) }
    }

    private static func hash(_ window: UInt32) -> Int {
        Int((window &* 0x9E37_79B1) >> UInt32(32 - hashBits))
    }

    /// Whether the index was built with the pattern whose keys have this signature, so that the
    /// positions it records answer for them.
    func covers(_ signature: UInt64) -> Bool {
        var slot = Int(truncatingIfNeeded: signature >> 32) & signatureMask
        while signatures[slot] != 0 {
            if signatures[slot] == signature { return true }
            slot = (slot + 1) & signatureMask
        }
        return false
    }

    /// The bit of the catalogue's key set with this signature in ``TextScan/patterns``, or `nil` when
    /// the index has no bit for it (it does not cover the signature, or it covers more than 64 key
    /// sets). A text holds one of those keys exactly when the scan's `patterns` has the bit.
    func patternBit(_ signature: UInt64) -> UInt64? {
        var slot = Int(truncatingIfNeeded: signature >> 32) & signatureMask
        while signatures[slot] != 0 {
            if signatures[slot] == signature { return signatureBits[slot] == 0 ? nil : signatureBits[slot] }
            slot = (slot + 1) & signatureMask
        }
        return nil
    }

    /// Whether the index records the positions of literals beginning with `key`.
    func knows(_ key: UInt32) -> Bool {
        slot(of: key) != nil
    }

    /// The slot of `key` in ``slots``, when the index knows it.
    @inline(__always)
    private func slot(of key: UInt32) -> Int? {
        let wanted = UInt64(key) + 1
        var slot = Self.hash(key) & slotMask
        while slots[slot] != 0 {
            if slots[slot] == wanted { return slot }
            slot = (slot + 1) & slotMask
        }
        return nil
    }

    /// Scans `bytes`, appending the positions of known keys to `hits`, in increasing order.
    ///
    /// A key is recorded at every position `p` in `0...bytes.count - 4` where the four bytes, ASCII
    /// capitals lowered, are a key: the windows ``KeyPairTable`` skips begin none.
    func scan(_ bytes: UnsafeBufferPointer<UInt8>, into hits: inout [LiteralHit]) -> TextScan {
        var result = TextScan()
        let first = hits.count
        var found: UInt64 = 0
        if let base = bytes.baseAddress, bytes.count >= 4 {
            let text = UnsafeRawPointer(base)
            let last = bytes.count - 4
            pairs.withEntries { pairs in
                var start = 0
                while start <= last {
                    let advance = KeyPairTable.advance(KeyPairTable.pair(text, at: start &+ 2), in: pairs)
                    if advance != 0 {
                        start &+= advance
                        continue
                    }
                    if KeyPairTable.startsKey(KeyPairTable.pair(text, at: start), in: pairs) {
                        // The window's bytes, the first one highest as in a key.
                        let bytes = UInt32(littleEndian: text.loadUnaligned(fromByteOffset: start, as: UInt32.self))
                        let window = ASCIITables.lowercased(fourBytes: bytes).byteSwapped
                        if let slot = slot(of: window) {
                            hits.append(LiteralHit(position: Int32(start), key: window))
                            found |= slotPatterns[slot]
                        }
                    }
                    start &+= 1
                }
            }
        }
        result.hits = first..<hits.count
        result.isASCII = ASCIITables.isASCII(bytes)
        // Only a text with a byte past ASCII may hold a character folding to ASCII letters.
        result.foldsToASCII = !result.isASCII && Self.foldsToASCII(bytes)
        result.hasVisibleASCII = bytes.contains { $0 < 0x80 && !ASCIITables.isWhitespace($0) }
        result.patterns = found
        result.firstByte = bytes.first ?? 0
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
        if certain {
            // A proof needs whole characters. A non-ASCII neighbour may be a combining mark or a
            // joiner that makes the literal's first or last letter part of a larger character: the
            // regex's match would split that character, and ``WordingPattern/regexMatch(in:)`` skips
            // such a match. The regex decides those texts.
            if start > 0, bytes[start - 1] >= 0x80 { return false }
            if end < bytes.count, bytes[end] >= 0x80 { return false }
        }
        if literal.wordBefore || literal.wordAfter {
            // Only a proof asks for neighbouring word characters: ASCII ones are certain.
            if literal.wordBefore, start == 0 || !isCertainWordByte(bytes[start - 1]) { return false }
            if literal.wordAfter, end == bytes.count || !isCertainWordByte(bytes[end]) { return false }
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

    private static func isCertainWordByte(_ byte: UInt8) -> Bool {
        byte < 0x80 && ASCIITables.isWordByte(byte)
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
        // Such a character begins with a byte past ASCII: eight ASCII bytes are passed at once.
        let count = bytes.count
        var index = 0
        while index &+ 8 <= count {
            if !ASCIITables.isASCII(eightBytesOf: bytes, at: index) {
                for start in index..<index &+ 8 where bytes[start] >= 0xC3 && foldsToASCII(bytes, at: start) {
                    return true
                }
            }
            index &+= 8
        }
        for start in index..<count where bytes[start] >= 0xC3 && foldsToASCII(bytes, at: start) { return true }
        return false
    }

    /// Whether the UTF-8 sequence at `start` is a character whose case folding contains an ASCII
    /// letter: ß U+00DF, İ U+0130, ŉ U+0149, ſ U+017F, ǰ U+01F0, U+1E96–U+1E9A, ẞ U+1E9E,
    /// K U+212A, and the Latin ligatures U+FB00–U+FB06.
    @inline(__always)
    static func foldsToASCII(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        func byte(_ offset: Int) -> UInt8? { start + offset < bytes.count ? bytes[start + offset] : nil }
        // Most characters past ASCII (accented letters, quotation marks) fail here already.
        switch byte(1) {
        case 0x84, 0x89, 0x9F, 0xAC, 0xB0, 0xBA, 0xBF: break
        default: return false
        }
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
    /// The byte with ASCII capitals lowered.
    @inline(__always)
    static func lowercased(_ byte: UInt8) -> UInt8 {
        byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte
    }

    /// Four bytes with their ASCII capitals lowered at once: ``lowercased(_:)`` of each.
    ///
    /// For each byte b, let h = b & 0x7F: h + 0x3F has its top bit set exactly when h ≥ 0x41 (`A`),
    /// and h + 0x25 exactly when h ≥ 0x5B (past `Z`); neither sum passes 0xBE, so no carry reaches
    /// the next byte. Their exclusive or has the top bit set exactly when h is a capital, and the top
    /// bit of ~b keeps the ASCII bytes only. Moved down by two, each top bit left is 0x20, the bit a
    /// capital's lowercase adds.
    @inline(__always)
    static func lowercased(fourBytes bytes: UInt32) -> UInt32 {
        let low = bytes & 0x7F7F_7F7F
        let capitals = ((low &+ 0x3F3F_3F3F) ^ (low &+ 0x2525_2525)) & ~bytes & 0x8080_8080
        return bytes | capitals >> 2
    }

    /// Whether every byte is ASCII, read eight bytes at a time (the last eight overlapping the
    /// others when the count is no multiple of eight).
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        guard count >= 8 else { return !bytes.contains { $0 >= 0x80 } }
        var index = 0
        var union: UInt64 = 0
        while index &+ 8 <= count {
            union |= eightBytes(of: bytes, at: index)
            index &+= 8
        }
        union |= eightBytes(of: bytes, at: count &- 8)
        return union & highBits == 0
    }

    /// The top bit of each of eight bytes: set for a byte past ASCII.
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The eight bytes at `index` (all within `bytes`), in the platform's order: only their top bits
    /// are read.
    @inline(__always)
    private static func eightBytes(of bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt64 {
        UnsafeRawPointer(bytes.baseAddress!).loadUnaligned(fromByteOffset: index, as: UInt64.self)
    }

    /// Whether the eight bytes at `index` (all within `bytes`) are ASCII.
    @inline(__always)
    static func isASCII(eightBytesOf bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        eightBytes(of: bytes, at: index) & highBits == 0
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
