import PolicyCatalogue
import PolicyModel

/// Art. 13(2)(c) and 7(3): consent may be withdrawn at any time, as easily as it was given.
enum ConsentWithdrawalSection: SectionBuilder {
    static let kind = StatementSection.consentWithdrawal

    static func blocks(_ c: Composer) -> [Block] {
        guard c.rights.contains(.withdrawConsent) else { return [] }
        let items = c.policy.purposes.enumerated().compactMap { index, purpose -> [Inline]? in
            guard purpose.legalBasis == .consent || purpose.specialCategoryCondition == .explicitConsent,
                let how = c.known(purpose.consentWithdrawal, at: JSONPointer(["purposes"]) / index / "consentWithdrawal")
            else { return nil }
            return c(.consentWithdrawalItem, ("purpose", .strong(c.purposeNames[index])), ("how", .text(c.inRunningText(how))))
        }
        return [.paragraph(c(.consentWithdrawalIntro)), .list(items)]
    }
}
