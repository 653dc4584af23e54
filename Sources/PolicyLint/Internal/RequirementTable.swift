/// A pattern's ``Requirement`` laid out in two flat arrays of plain values, for checking every text
/// of a policy without copying the requirement's parts: reading an `indirect` enum's payload copies
/// it (its array of parts, a literal's bytes), and each copy is a reference count taken and dropped.
///
/// Node 0 is the root. A conjunction or alternation names the run of nodes that are its parts (they
/// follow each other, in the requirement's order); a literal names its bytes in ``bytes``. Read with
/// ``ScannedText/meets(_:)``, it answers as the requirement does, part for part, in the same order.
struct RequirementTable: Sendable {
    enum Kind: UInt8, Sendable {
        case literal, all, any
    }

    /// One condition: a literal, or all or any of the nodes `first..<first + count`.
    struct Node: Sendable {
        var kind: Kind
        /// For a literal, ``RequiredLiteral``'s flags (``boundaryBefore`` and the others below).
        var flags: UInt8
        /// For a literal of four bytes or more, its key (``RequiredLiteral/key``).
        var key: UInt32?
        /// The key's bit (``LiteralIndex/keyBit(_:)``), or 0 without a key.
        var keyBit: UInt64 = 0
        /// For a literal, where its bytes begin in ``RequirementTable/bytes``; else its first part.
        var first: Int
        var count: Int
    }

    static let boundaryBefore: UInt8 = 1
    static let boundaryAfter: UInt8 = 2
    static let wordBefore: UInt8 = 4
    static let wordAfter: UInt8 = 8

    private(set) var nodes: [Node] = []
    /// The literals' bytes, one after the other.
    private(set) var bytes: [UInt8] = []

    init(_ requirement: Requirement) {
        nodes.append(Node(kind: .all, flags: 0, key: nil, first: 0, count: 0))
        place(requirement, at: 0)
    }

    private mutating func place(_ requirement: Requirement, at slot: Int) {
        switch requirement {
        case .literal(let literal):
            nodes[slot] = Node(
                kind: .literal, flags: literal.flags, key: literal.key, keyBit: literal.key.map(LiteralIndex.keyBit) ?? 0,
                first: bytes.count, count: literal.bytes.count)
            bytes += literal.bytes
        case .all(let parts), .any(let parts):
            let first = nodes.count
            let kind: Kind = if case .all = requirement { .all } else { .any }
            nodes[slot] = Node(kind: kind, flags: 0, key: nil, first: first, count: parts.count)
            nodes += repeatElement(Node(kind: .all, flags: 0, key: nil, first: 0, count: 0), count: parts.count)
            for (offset, part) in parts.enumerated() { place(part, at: first + offset) }
        }
    }
}

/// A literal of a ``RequirementTable``, read in place: its bytes and flags.
struct LiteralView {
    let bytes: UnsafeBufferPointer<UInt8>
    let flags: UInt8

    var boundaryBefore: Bool { flags & RequirementTable.boundaryBefore != 0 }
    var boundaryAfter: Bool { flags & RequirementTable.boundaryAfter != 0 }
    var wordBefore: Bool { flags & RequirementTable.wordBefore != 0 }
    var wordAfter: Bool { flags & RequirementTable.wordAfter != 0 }
}

extension RequiredLiteral {
    /// Its boundaries and neighbours as ``RequirementTable`` flags.
    var flags: UInt8 {
        var flags: UInt8 = 0
        if boundaryBefore { flags |= RequirementTable.boundaryBefore }
        if boundaryAfter { flags |= RequirementTable.boundaryAfter }
        if wordBefore { flags |= RequirementTable.wordBefore }
        if wordAfter { flags |= RequirementTable.wordAfter }
        return flags
    }
}
