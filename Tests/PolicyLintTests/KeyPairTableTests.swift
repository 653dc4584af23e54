import Testing

@testable import PolicyLint

/// The pair table against its definition, pair by pair: the advance is 2 minus the largest offset at
/// which a key holds the pair (ASCII case ignored), 3 when none does.
@Suite struct KeyPairTableTests {
    static func expectTableAgrees(_ keys: [UInt32]) {
        var advance: [Int: Int] = [:]
        var starts: Set<Int> = []
        for key in keys {
            let bytes = (0..<4).map { UInt8(truncatingIfNeeded: key >> (24 - 8 * $0)) }
            for offset in 0..<3 {
                let pair = Int(bytes[offset]) | Int(bytes[offset + 1]) << 8
                advance[pair] = min(advance[pair] ?? 3, 2 - offset)
                if offset == 0 { starts.insert(pair) }
            }
        }
        let table = KeyPairTable(keys: keys)
        table.withEntries { entries in
            for raw in 0..<(1 << 16) {
                let pair = Int(ASCIITables.lowercased(UInt8(raw & 0xFF))) | Int(ASCIITables.lowercased(UInt8(raw >> 8))) << 8
                #expect(KeyPairTable.advance(raw, in: entries) == advance[pair] ?? 3, "\(raw)")
                #expect(KeyPairTable.startsKey(raw, in: entries) == starts.contains(pair), "\(raw)")
            }
        }
    }

    static func key(_ text: String) -> UInt32 { LiteralIndex.key(Array(text.utf8)) }

    @Test func catalogueKeys() {
        var keys: [UInt32] = []
        for pattern in WordingCatalogue.all { keys += pattern.keys ?? [] }
        Self.expectTableAgrees(keys)
    }

    @Test func keysWithEveryKindOfByte() {
        // A capital in a key is never found (texts are lowered): its pairs stand for no text's pair.
        Self.expectTableAgrees(["aaaa", "a a-", "\u{0}\u{0}ab", "9-Zz", "ABCD", "é", "zzzz"].compactMap { text in
            text.utf8.count >= 4 ? Self.key(text) : nil
        })
        Self.expectTableAgrees([])
    }
}
