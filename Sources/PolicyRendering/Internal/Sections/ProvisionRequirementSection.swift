import PolicyModel

/// Art. 13(2)(e): whether providing the data is a statutory or contractual requirement, and what
/// happens if it is not provided. Only for data collected from the person.
enum ProvisionRequirementSection: SectionBuilder {
    static let kind = StatementSection.provisionRequirement

    static func blocks(_ c: Composer) -> [Block] {
        guard c.policy.hasDirectCollection else { return [] }
        let items = c.policy.purposes.enumerated().map { index, purpose -> [Inline] in
            let item = c(.provisionItem,
                ("purpose", .strong(c.purposeNames[index])),
                ("requirement", .runs(c(SentenceKey.requirement[purpose.requirement]))))
            guard let consequences = c.known(purpose.consequencesOfNotProviding, at: JSONPointer(["purposes"]) / index / "consequencesOfNotProviding")
            else { return item }
            var runs = RunsBuilder()
            runs.append(item)
            runs.append(text: " ")
            runs.append(c(.provisionConsequences, ("consequences", .text(consequences.capitalizedFirst))))
            return runs.finish()
        }
        return [.list(items)]
    }
}
