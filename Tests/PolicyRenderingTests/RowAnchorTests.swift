@testable import PolicyRendering
import PolicyGenerator
import PolicyModel
import Testing

/// The anchors of table rows (``RowAnchor``): the prefix of their kind, then the identifier.
@Suite struct RowAnchorTests {
    /// The anchor as one string is the prefix and the identifier joined, byte for byte.
    @Test func anchorIsThePrefixAndTheIdentifierJoined() {
        let identifiers = ["", "a", "analytics", "newsletter-marketing", "données-clients", "e\u{0301}", "日本"]
        for identifier in identifiers {
            #expect(RowAnchor(kind: .purpose, identifier: identifier).string == "purpose-" + identifier)
            #expect(RowAnchor(kind: .recipient, identifier: identifier).string == "recipient-" + identifier)
        }
    }

    /// Every purpose's and recipient's row in the HTML carries its anchor, which the statement's links
    /// point at.
    @Test func rowsCarryTheirElementsAnchors() {
        let generator = PolicyGenerator(seed: 19)
        for index in 1...5 {
            let policy = generator.policy(index: index)
            let html = Templates.renderer.render(policy, language: .fr, format: .html)
            for purpose in policy.purposes {
                #expect(html.contains("<tr id=\"purpose-\(purpose.id.rawValue)\">"), "\(purpose.id)")
            }
            for recipient in policy.recipients {
                #expect(html.contains("<tr id=\"recipient-\(recipient.id.rawValue)\">"), "\(recipient.id)")
            }
            #expect(!policy.purposes.isEmpty && !policy.recipients.isEmpty)
        }
    }
}
