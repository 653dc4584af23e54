import PolicyModel

/// Art. 13(2)(e): whether providing the data is a statutory or contractual requirement, and what
/// happens if it is not provided. Only for data collected from the person.
enum ProvisionRequirementSection: SectionBuilder {
    static let kind = StatementSection.provisionRequirement

    static func blocks(_ c: Composer) -> [Block] {
        guard c.policy.hasDirectCollection else { return [] }
        let items = c.policy.purposes.enumerated().map { index, purpose -> [Inline] in
            var item = c("provision.item", [
                "purpose": [.strong(c.text(purpose.description))],
                "requirement": c("requirement.\(purpose.requirement.rawValue)"),
            ])
            let pointer = "/purposes" / index / "consequencesOfNotProviding"
            if let consequences = c.known(purpose.consequencesOfNotProviding, at: pointer) {
                item.append(.text(" "))
                item += c("provision.consequences", ["consequences": [.text(consequences.capitalizedFirst)]])
            }
            return item.merged
        }
        return [.list(items)]
    }
}
