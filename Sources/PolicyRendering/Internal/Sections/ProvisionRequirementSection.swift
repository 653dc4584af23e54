import PolicyModel

/// Art. 13(2)(e): whether providing the data is a statutory or contractual requirement, and what
/// happens if it is not provided. Only for data collected from the person. A requirement the policy declares
/// missing is said to be not specified, whatever value the model holds.
enum ProvisionRequirementSection: SectionBuilder {
    static let kind = StatementSection.provisionRequirement

    static func blocks(_ c: Composer) -> [Block] {
        guard c.policy.hasDirectCollection else { return [] }
        let purposes = c.policy.purposes
        // By index, reading the purpose where it stands: a copy of a purpose retains each of its fields.
        let items = purposes.indices.map { index -> [Inline] in
            let purpose: Composer.Slot = ("purpose", .strong(c.purposeNames[index]))
            let key = c.isMissing(JSONPointer(["purposes"]) / index / "requirement")
                ? SentenceKey.requirementNotSpecified : SentenceKey.requirement[purposes[index].requirement]
            let requirement: Composer.Slot = ("requirement", .runs(c(key)))
            guard let consequences = c.known(purposes[index].consequencesOfNotProviding, at: JSONPointer(["purposes"]) / index / "consequencesOfNotProviding")
            else { return c(.provisionItem, purpose, requirement) }
            return c(.provisionItem, purpose, requirement, then: " ",
                     .provisionConsequences, ("consequences", .text(consequences.capitalizedFirst)))
        }
        return [.list(items)]
    }
}
