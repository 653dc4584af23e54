import PolicyModel
import Testing

/// ``IdentifierPositions`` answers as a search of the list in order, comparing identifiers as strings.
@Suite struct IdentifierPositionsTests {
    /// Identifiers of every kind the table tells apart: short and long ASCII, long ones sharing their
    /// first eight bytes, duplicates, characters past ASCII and canonically equivalent spellings
    /// (`K` and the Kelvin sign U+212A, `é` precomposed and decomposed), and ASCII ones of every
    /// length from 0 to 9 and several longer.
    static let identifiers: [String] = [
        "identity", "email", "phone", "postal-address", "postal-addresses", "postal-a", "postal-b", "Key", "key",
        "\u{212A}ey", "caf\u{E9}", "cafe\u{301}", "", "a", "identity-document", "identity-documents", "x",
        // Every length the hash reads differently (bytes one by one, two overlapping halves, overlapping
        // last word), with the same bytes at other offsets.
        "ab", "abcd", "abcdabcd", "abcdef", "abcdefg", "abcdefgh", "abcdefghi", "bcdefghi", "aabcdefgh",
        "abcdefghabcdefgh",
    ]

    @Test func positionIsTheFirstEqualIdentifier() {
        var state: UInt64 = 11
        func below(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for round in 0..<400 {
            // Lists of ASCII identifiers only (the hash table), and lists with others (the dictionary).
            let pool = round % 2 == 0 ? Self.identifiers.filter { $0.utf8.allSatisfy { $0 < 0x80 } } : Self.identifiers
            let list = (0..<below(30)).map { _ in Identifier<DataCategory>(pool[below(pool.count)]) }
            let table = IdentifierPositions(list)
            for wanted in Self.identifiers.map({ Identifier<DataCategory>($0) }) {
                #expect(table.position(of: wanted) == list.firstIndex(of: wanted), "\(wanted) in \(list)")
            }
            #expect(table.count == Set(list).count, "\(list)")
        }
    }
}
