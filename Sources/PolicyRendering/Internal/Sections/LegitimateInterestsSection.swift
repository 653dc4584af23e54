import PolicyModel

/// Art. 13(1)(d): the legitimate interest pursued for each purpose based on Art. 6(1)(f).
enum LegitimateInterestsSection: SectionBuilder {
    static let kind = StatementSection.legitimateInterests

    static func blocks(_ c: Composer) -> [Block] {
        let purposes = c.policy.purposes
        // By index, reading the purpose where it stands: a copy of a purpose retains each of its fields.
        let items = purposes.indices.filter { purposes[$0].legalBasis == .legitimateInterests }
            .map { index -> [Inline] in
                guard let interest = c.known(purposes[index].legitimateInterest, at: JSONPointer(["purposes"]) / index / "legitimateInterest")
                else { return [.strong(c.purposeNames[index])] }
                // The name as a bold value: the runs `[.strong(name)]` add the same, with no array made.
                return c(.legitimateInterestsItem, ("purpose", .strong(c.purposeNames[index])), ("interest", c.runningText(interest)))
            }
        guard !items.isEmpty else { return [] }
        return [
            .paragraph(c(.legitimateInterestsIntro)), .list(items),
            .paragraph(c(.legitimateInterestsObjection, ("link", .runs(c.link(to: .objection))))),
        ]
    }
}
