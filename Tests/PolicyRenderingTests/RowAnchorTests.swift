@testable import PolicyRendering
import Testing

/// The anchor ids of table rows (``Table/Row/anchorID(_:_:)``), against joining with `+`.
@Suite struct RowAnchorTests {
    /// The id is the prefix and the identifier joined, byte for byte, for identifiers of every length
    /// around a small string's fifteen bytes, non-ASCII ones and the empty one.
    @Test func anchorIDIsThePrefixAndTheIdentifierJoined() {
        let identifiers = [
            "", "a", "analytics", "newsletter-marketing", "données-clients", "ĳ", "e\u{0301}", "日本",
            String(repeating: "x", count: 200),
        ] + (0..<40).map { String(repeating: "é", count: $0 / 2) + String(repeating: "x", count: $0 % 3) }
        for identifier in identifiers {
            for (prefix, literal) in [("purpose-", "purpose-" as StaticString), ("recipient-", "recipient-")] {
                let id = Table.Row.anchorID(literal, identifier)
                #expect(Array(id.utf8) == Array((prefix + identifier).utf8), "\(identifier.debugDescription)")
            }
        }
    }
}
