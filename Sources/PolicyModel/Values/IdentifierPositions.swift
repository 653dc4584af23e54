/// The position of each identifier in one of the policy's lists (its data categories, its purposes),
/// the first wins when two are equal: what a `[Identifier<Tag>: Int]` filled in list order, keeping
/// the first, answers.
///
/// Identifiers are lowercase ASCII in practice. Two ASCII strings are equal as strings exactly when
/// their bytes are (an ASCII character has no other canonical form), so ASCII identifiers sit in a
/// small open-addressing table of byte hashes, cheaper than hashing the string with its seed. A
/// candidate found there is still confirmed with `==`, the dictionary's own equality. Any other case
/// goes by `==` alone: a list holding a non-ASCII identifier keeps a dictionary, and a non-ASCII
/// identifier looked up (which may still equal an ASCII one, as the Kelvin sign equals `K`) is
/// compared with each identifier of the list in order.
///
/// The renderer and the linter both find categories, purposes and recipients by identifier; the
/// table is inlinable so that each compiles it for its own use.
public struct IdentifierPositions<Tag> {
    @usableFromInline let ids: [Identifier<Tag>]
    /// Slots of `hash | 1` (0 is empty), and the position of the slot's identifier in `ids`.
    @usableFromInline var slots: [UInt64] = []
    @usableFromInline var positions: [Int] = []
    /// The positions by identifier, when some identifier of the list is not ASCII.
    @usableFromInline var dictionary: [Identifier<Tag>: Int]?
    /// How many different identifiers the list holds.
    @inlinable public var count: Int { distinct }
    @usableFromInline var distinct = 0

    @inlinable
    public init(_ ids: [Identifier<Tag>]) {
        self.ids = ids
        var capacity = 16
        while capacity < ids.count * 2 { capacity *= 2 }
        slots = Array(repeating: 0, count: capacity)
        positions = Array(repeating: 0, count: capacity)
        for (position, id) in ids.enumerated() {
            guard let hash = Self.asciiHash(id) else {
                dictionary = Self.dictionary(ids)
                distinct = dictionary?.count ?? 0
                return
            }
            if find(id, hash: hash) == nil {
                var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
                while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
                slots[slot] = hash
                positions[slot] = position
                distinct += 1
            }
        }
    }

    /// The position of the first identifier of the list equal to `id`, or `nil` when none is.
    @inlinable
    public func position(of id: Identifier<Tag>) -> Int? {
        if let dictionary { return dictionary[id] }
        guard let hash = Self.asciiHash(id) else { return ids.firstIndex(of: id) }
        return find(id, hash: hash)
    }

    @inlinable
    func find(_ id: Identifier<Tag>, hash: UInt64) -> Int? {
        var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
        while slots[slot] != 0 {
            if slots[slot] == hash, ids[positions[slot]] == id { return positions[slot] }
            slot = (slot + 1) & (slots.count - 1)
        }
        return nil
    }

    /// The positions as a dictionary filled in list order, keeping the first.
    @usableFromInline
    static func dictionary(_ ids: [Identifier<Tag>]) -> [Identifier<Tag>: Int] {
        var positions: [Identifier<Tag>: Int] = [:]
        positions.reserveCapacity(ids.count)
        for (position, id) in ids.enumerated() where positions[id] == nil { positions[id] = position }
        return positions
    }

    /// A hash of the identifier's bytes (``WordHash``), never 0; `nil` when a byte is not ASCII.
    /// Identifiers are native strings, so their bytes are read in place.
    @inlinable @inline(__always)
    static func asciiHash(_ id: Identifier<Tag>) -> UInt64? {
        if let hash = id.rawValue.utf8.withContiguousStorageIfAvailable({ asciiHash($0) }) { return hash }
        var copy = id.rawValue
        return copy.withUTF8 { asciiHash($0) }
    }

    @inlinable @inline(__always)
    static func asciiHash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        let (hash, union) = WordHash.hash(bytes)
        return union & 0x8080_8080_8080_8080 == 0 ? hash : nil
    }
}
