import PolicyCatalogue
import PolicyModel

/// Art. 13(2)(c) and 7(3): consent may be withdrawn at any time, as easily as it was given.
enum ConsentWithdrawalSection: SectionBuilder {
    static let kind = StatementSection.consentWithdrawal

    static func blocks(_ c: Composer) -> [Block] {
        guard c.rights.contains(.withdrawConsent) else { return [] }
        let purposes = c.policy.purposes
        // By index, reading the purpose where it stands: a copy of a purpose retains each of its fields.
        let items = purposes.indices.compactMap { index -> [Inline]? in
            guard purposes[index].legalBasis == .consent || purposes[index].specialCategoryCondition == .explicitConsent,
                let how = c.known(purposes[index].consentWithdrawal, at: JSONPointer(["purposes"]) / index / "consentWithdrawal")
            else { return nil }
            return c(.consentWithdrawalItem, ("purpose", .strong(c.purposeNames[index])), ("how", c.runningText(how)))
        }
        return [.paragraph(c(.consentWithdrawalIntro)), .list(items)]
    }
}
