import PolicyCatalogue
import PolicyModel

/// Art. 21(4): the right to object, brought to the person's attention clearly and apart from the rest.
enum ObjectionSection: SectionBuilder {
    static let kind = StatementSection.objection

    static func applies(_ c: Composer) -> Bool { c.objectionShownApart }

    static func blocks(_ c: Composer) -> [Block] {
        let rights = c.rights
        var blocks: [Block] = []
        if rights.contains(.objection) {
            // ``Policy/legalBases`` restricted to these two, without building the list of all bases.
            let purposes = c.policy.purposes
            // Each purpose's basis read where the purpose stands: a copy of a purpose retains each of its fields.
            let bases: [LegalBasis] = [.legitimateInterests, .publicTask].filter { basis in
                purposes.indices.contains { purposes[$0].legalBasis == basis }
            }
            let concerned = purposes.indices.filter { bases.contains(purposes[$0].legalBasis) }
                .map { c.purposeNameInRunningText(at: $0) }
            blocks.append(.paragraph(c(.objectionGeneral, ("bases", .runs(c.joined(bases.map { c(SentenceKey.objectionBasis[$0]) }))))))
            blocks.append(.paragraph(c(.objectionConcerns, ("purposes", .runs(c.joined(labels: concerned, separator: "; "))))))
        }
        if rights.contains(.objectionToDirectMarketing) {
            blocks.append(.paragraph(c(.objectionMarketing)))
            let purposes = c.policy.purposes
            let items = purposes.indices.compactMap { index -> [Inline]? in
                guard let marketing = purposes[index].directMarketing,
                    let optOut = c.known(marketing.optOut, at: JSONPointer(["purposes"]) / index / "directMarketing" / "optOut")
                else { return nil }
                return c(.objectionMarketingItem, ("purpose", .strong(c.purposeNames[index])), ("optOut", c.runningText(optOut)))
            }
            blocks.append(.list(items))
        }
        guard !blocks.isEmpty else { return [] }
        return blocks + [.paragraph(c(.objectionHow, ("link", .runs(c.link(to: .rights)))))]
    }
}
