import PolicyCatalogue
import PolicyModel

/// Art. 21(4): the right to object, brought to the person's attention clearly and apart from the rest.
enum ObjectionSection: SectionBuilder {
    static let kind = StatementSection.objection

    static func applies(_ c: Composer) -> Bool { Law.objectionMustBeShownApart(in: c.policy) }

    static func blocks(_ c: Composer) -> [Block] {
        let rights = Law.rights(for: c.policy)
        var blocks: [Block] = []
        if rights.contains(.objection) {
            let bases: [LegalBasis] = [.legitimateInterests, .publicTask].filter(c.policy.legalBases.contains)
            let purposes = c.policy.purposes.filter { bases.contains($0.legalBasis) }.map { [Inline.text(c.inRunningText(c.text($0.description)))] }
            blocks.append(.paragraph(c("objection.general", [
                "bases": c.joined(bases.map { c("objection.basis.\($0.rawValue)") }),
            ])))
            blocks.append(.paragraph(c("objection.concerns", ["purposes": c.joined(purposes, separator: "; ")])))
        }
        if rights.contains(.objectionToDirectMarketing) {
            blocks.append(.paragraph(c("objection.marketing")))
            let items = c.policy.purposes.enumerated().compactMap { index, purpose -> [Inline]? in
                guard let marketing = purpose.directMarketing,
                    let optOut = c.known(marketing.optOut, at: "/purposes" / index / "directMarketing" / "optOut")
                else { return nil }
                return c("objection.marketingItem", ["purpose": [.strong(c.text(purpose.description))], "optOut": [.text(c.inRunningText(optOut))]])
            }
            blocks.append(.list(items))
        }
        guard !blocks.isEmpty else { return [] }
        return blocks + [.paragraph(c("objection.how", ["link": c.link(to: .rights)]))]
    }
}
