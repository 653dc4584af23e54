/// Every wording pattern of the rule catalogue, and the literal index built from them, so that one
/// scan of a text answers for all of them.
///
/// A pattern missing here still works: a text is searched directly for the literals the index does
/// not know.
enum WordingCatalogue {
    static let index = LiteralIndex(patterns: all)

    static let all: [WordingPattern] = {
        let byLanguage: [LanguagePatterns] = [
            AutomatedDecisionMaking.profiling, LegitimateInterestsNamed.bare, RightToLodgeComplaint.complaint,
            RightToLodgeComplaint.authority, SourceOfData.vague, ChildrensConsent.parental, ElectronicProspecting.customer,
            WithdrawalAsEasyAsConsent.hard, WithdrawalAsEasyAsConsent.easy, ContinuedBrowsingIsNotConsent.browsing,
            ObjectionToDirectMarketing.marketing, ObjectionToProfiling.objection, ProcessorsAreRecipients.denial,
            SolelyAutomatedDecisions.safeguard, OnlineIdentifiersArePersonalData.claim, PlainLanguage.vague,
            RetentionCriteria.necessary,
        ]
        let single: [WordingPattern] = [
            RecipientsDisclosed.vagueCategory, DataProtectionOfficerTitle.legacy, AdequacyScope.pipeda, AdequacyScope.appi,
            AdequacyScope.scope, AppropriateSafeguards.wrongClauses,
        ]
        return byLanguage.flatMap { $0.entries.map(\.pattern) } + single
    }()
}
