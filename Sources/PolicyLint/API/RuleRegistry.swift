/// Every rule of the catalogue, in the order `policyc rules` lists them.
public enum RuleRegistry {
    public static let all: [any LintRule] = article13 + article14 + otherArticles + frenchLaw + tool

    /// Art. 13: data collected from the person.
    static let article13: [any LintRule] = [
        ControllerIdentity(), DataProtectionOfficerContact(), PurposesAndLegalBasis(), LegitimateInterestsNamed(),
        RecipientsDisclosed(), ThirdCountryTransfers(), RetentionPeriods(), DataSubjectRightsChannel(),
        RightToWithdrawConsent(), RightToLodgeComplaint(), StatutoryOrContractualRequirement(),
        AutomatedDecisionMaking(),
    ]

    /// Art. 14: data obtained elsewhere.
    static let article14: [any LintRule] = [
        Article14Twin.controllerIdentity, Article14Twin.dataProtectionOfficerContact,
        Article14Twin.purposesAndLegalBasis, IndirectDataCategories(), Article14Twin.recipientsDisclosed,
        Article14Twin.thirdCountryTransfers, Article14Twin.retentionPeriods, Article14Twin.legitimateInterestsNamed,
        Article14Twin.dataSubjectRightsChannel, Article14Twin.rightToWithdrawConsent,
        Article14Twin.rightToLodgeComplaint, SourceOfData(), Article14Twin.automatedDecisionMaking,
        IndirectInformationTiming(),
    ]

    /// The articles around them: principles, consent, rights, the DPO, transfers.
    static let otherArticles: [any LintRule] = [
        OnlineIdentifiersArePersonalData(), ProspectRetention(), WithdrawalAsEasyAsConsent(),
        SpecialCategoriesCondition(), PlainLanguage(), LanguageParity(), ResponseDelay(), IdentityVerification(),
        RetentionCriteria(), ObjectionToDirectMarketing(), ObjectionToProfiling(), SolelyAutomatedDecisions(),
        RepresentativeInTheUnion(), ProcessorsAreRecipients(), DataProtectionOfficerTitle(),
        AdequacyDecisionInForce(), DataPrivacyFramework(), AdequacyScope(), AppropriateSafeguards(),
        TransferDerogations(),
    ]

    /// French law: Loi Informatique et Libertés, CNIL guidance on trackers, CPCE.
    static let frenchLaw: [any LintRule] = [
        ChildrensConsent(), TrackerConsent(), PostMortemDirectives(), ContinuedBrowsingIsNotConsent(),
        RefusalAsEasyAsAcceptance(), ConsentChoiceDuration(), TrackerLifetime(), ElectronicProspecting(),
    ]

    /// The tool's own checks: declared gaps, waivers, published pages, templates.
    static let tool: [any LintRule] = [
        DeclaredMissingFact(), UnknownWaiverRule(), UnusedWaiver(), RenderedDisclosures(), TemplateProblems(),
    ]

    private static let byID: [String: any LintRule] = Dictionary(
        all.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })

    public static func rule(id: String) -> (any LintRule)? { byID[id] }
}
