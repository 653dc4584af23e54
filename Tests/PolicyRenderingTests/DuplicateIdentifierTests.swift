@testable import PolicyRendering
import PolicyGenerator
import PolicyModel
import Testing

/// A statement built through the renderer's lookup tables names, for an identifier two entries
/// share, the first entry, as the model's own lookups (``Policy/dataCategory(_:)``,
/// ``Policy/recipient(_:)``) do. The validator refuses such policies at input, but the library takes
/// any `Policy`, so the rendered text must still follow the model.
@Suite struct DuplicateIdentifierTests {
    /// A label and a name no generated policy uses, so their presence is easy to spot.
    static let shadowLabel = "Zqxcatégorie doublon"
    static let shadowName = "Zqxdestinataire doublon"

    /// Generated policies with their first data category and the recipient of their first transfer
    /// each followed, at the end of the list, by an entry of the same identifier and another text.
    static var policies: [Policy] {
        let generator = PolicyGenerator(seed: 31)
        return (0..<20).map { index in
            var policy = generator.policy(index: index)
            if var shadow = policy.dataCategories.first {
                shadow.label = Localized(fr: shadowLabel, en: shadowLabel)
                policy.dataCategories.append(shadow)
            }
            if let id = policy.transfers.first?.recipient, var shadow = policy.recipient(id) {
                shadow.name = Localized(fr: shadowName, en: shadowName)
                policy.recipients.append(shadow)
            }
            return policy
        }
    }

    static func section(_ kind: StatementSection, of outline: Outline) -> String {
        guard let section = outline.sections.first(where: { $0.kind == kind }) else { return "" }
        return section.blocks.map { block -> String in
            switch block {
            case .paragraph(let runs): runs.plainText
            case .list(let items): items.map(\.plainText).joined(separator: "\n")
            case .table(let table): table.rows.flatMap(\.cells).map(\.plainText).joined(separator: "\n")
            }
        }.joined(separator: "\n")
    }

    @Test func sharedIdentifiersNameTheFirstEntry() throws {
        let renderer = PolicyRenderer(templates: Templates.shipped)
        var purposesChecked = 0
        var transfersChecked = 0
        for policy in Self.policies {
            for language in [Language.fr, .en] {
                let outline = renderer.statement(policy, language: language).outline
                // The purposes table and the short first layer read categories by identifier: never the shadow.
                let purposes = Self.section(.purposes, of: outline)
                #expect(!purposes.contains(Self.shadowLabel), "\(policy.id) \(language)")
                #expect(!Self.section(.atAGlance, of: outline).contains(Self.shadowLabel), "\(policy.id) \(language)")
                // The list of the data collected lists every entry, the shadow included.
                #expect(Self.section(.dataCollected, of: outline).contains(Self.shadowLabel), "\(policy.id) \(language)")
                let first = try #require(policy.dataCategories.first)
                if policy.purposes.contains(where: { $0.dataCategories.contains(first.id) }),
                   let label = first.label[language], !label.isEmpty {
                    let composer = Composer(policy: policy, language: language, templates: Templates.shipped)
                    let inRunningText = composer.inRunningText(label.trimmingSpaces)
                    #expect(purposes.contains(label.trimmingSpaces) || purposes.contains(inRunningText), "\(policy.id) \(language)")
                    purposesChecked += 1
                }
                // The transfers table names a transfer's recipient by identifier: the first entry.
                if let transfer = policy.transfers.first, let recipient = policy.recipient(transfer.recipient) {
                    let transfers = Self.section(.transfers, of: outline)
                    #expect(!transfers.contains(Self.shadowName), "\(policy.id) \(language)")
                    #expect(transfers.contains(recipient.name[language] ?? "\u{0}"), "\(policy.id) \(language)")
                    #expect(Self.section(.recipients, of: outline).contains(Self.shadowName), "\(policy.id) \(language)")
                    transfersChecked += 1
                }
            }
        }
        // The generated policies must exercise both lookups, or the test proves nothing.
        #expect(purposesChecked >= 20)
        #expect(transfersChecked >= 10)
    }
}
