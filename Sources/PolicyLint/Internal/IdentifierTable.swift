/// Identifiers (``IdentifierKey``) looked up by their length and first bytes: the offset of the
/// first one equal to a wanted identifier, as a search of the list in order answers.
///
/// A statement's purposes name a dozen categories each among a few dozen: hashing the packed bytes
/// the keys already hold finds each in a probe or two, where the search compares it with half the
/// list. Two ASCII identifiers are equal only when their lengths and first bytes are, so an equal
/// one lies on the wanted key's probe sequence; an identifier past ASCII may equal another of a
/// different length (`K`, U+212A, is `K`), so a list holding one, or a wanted one, is searched in order.
struct IdentifierTable {
    private let keys: [IdentifierKey]
    /// Open addressing on ``slot(_:)``: the offset in ``keys`` plus one (0 is an empty slot), only the
    /// first of equal identifiers.
    private let slots: [Int]
    private let mask: Int
    /// Every identifier is ASCII.
    private let isASCII: Bool

    init(_ keys: [IdentifierKey]) {
        self.keys = keys
        isASCII = keys.allSatisfy(\.isASCII)
        var size = 16
        while size < keys.count * 2 { size *= 2 }
        mask = size - 1
        var slots = [Int](repeating: 0, count: isASCII ? size : 0)
        if isASCII {
            for (offset, key) in keys.enumerated() {
                var slot = Self.slot(key) & mask
                var known = false
                while slots[slot] != 0 {
                    if keys[slots[slot] - 1].equals(key) { known = true; break }
                    slot = (slot + 1) & mask
                }
                if !known { slots[slot] = offset + 1 }
            }
        }
        self.slots = slots
    }

    /// The offset of the first identifier equal to `wanted` (`==`), if any.
    func firstOffset(of wanted: IdentifierKey) -> Int? {
        guard isASCII, wanted.isASCII else { return keys.firstIndex { $0.equals(wanted) } }
        var slot = Self.slot(wanted) & mask
        while slots[slot] != 0 {
            if keys[slots[slot] - 1].equals(wanted) { return slots[slot] - 1 }
            slot = (slot + 1) & mask
        }
        return nil
    }

    private static func slot(_ key: IdentifierKey) -> Int {
        // Fibonacci hashing of the packed bytes and the length: the product's high bits depend on all.
        Int(truncatingIfNeeded: ((key.prefix ^ UInt64(truncatingIfNeeded: key.count) << 56) &* 0x9E37_79B9_7F4A_7C15) >> 40)
    }
}
