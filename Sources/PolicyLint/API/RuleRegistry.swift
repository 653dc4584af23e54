/// Every rule of the catalogue, in the order `policyc rules` lists them.
public enum RuleRegistry {
    public static let all: [any LintRule] = entries.map(\.rule)

    /// The rules with, for those that read the shared ``LintInput``, the same rule as an ``InputRule``.
    static let entries: [CatalogueEntry] = article13 + article14 + otherArticles + frenchLaw + tool

    /// Art. 13: data collected from the person.
    static let article13: [CatalogueEntry] = [
        .init(ControllerIdentity()), .init(DataProtectionOfficerContact()), .init(PurposesAndLegalBasis()),
        .init(LegitimateInterestsNamed()), .init(RecipientsDisclosed()), .init(ThirdCountryTransfers()),
        .init(RetentionPeriods()), .init(DataSubjectRightsChannel()), .init(RightToWithdrawConsent()),
        .init(RightToLodgeComplaint()), .init(StatutoryOrContractualRequirement()), .init(AutomatedDecisionMaking()),
    ]

    /// Art. 14: data obtained elsewhere.
    static let article14: [CatalogueEntry] = [
        .init(Article14Twin.controllerIdentity), .init(Article14Twin.dataProtectionOfficerContact),
        .init(Article14Twin.purposesAndLegalBasis), .init(IndirectDataCategories()),
        .init(Article14Twin.recipientsDisclosed), .init(Article14Twin.thirdCountryTransfers),
        .init(Article14Twin.retentionPeriods), .init(Article14Twin.legitimateInterestsNamed),
        .init(Article14Twin.dataSubjectRightsChannel), .init(Article14Twin.rightToWithdrawConsent),
        .init(Article14Twin.rightToLodgeComplaint), .init(SourceOfData()),
        .init(Article14Twin.automatedDecisionMaking), .init(IndirectInformationTiming()),
    ]

    /// The articles around them: principles, consent, rights, the DPO, transfers.
    static let otherArticles: [CatalogueEntry] = [
        .init(OnlineIdentifiersArePersonalData()), .init(ProspectRetention()), .init(WithdrawalAsEasyAsConsent()),
        .init(SpecialCategoriesCondition()), .init(PlainLanguage()), .init(LanguageParity()), .init(ResponseDelay()),
        .init(IdentityVerification()), .init(RetentionCriteria()), .init(ObjectionToDirectMarketing()),
        .init(ObjectionToProfiling()), .init(SolelyAutomatedDecisions()), .init(RepresentativeInTheUnion()),
        .init(ProcessorsAreRecipients()), .init(DataProtectionOfficerTitle()), .init(AdequacyDecisionInForce()),
        .init(DataPrivacyFramework()), .init(AdequacyScope()), .init(AppropriateSafeguards()),
        .init(TransferDerogations()),
    ]

    /// French law: Loi Informatique et Libertés, CNIL guidance on trackers, CPCE.
    static let frenchLaw: [CatalogueEntry] = [
        .init(ChildrensConsent()), .init(TrackerConsent()), .init(PostMortemDirectives()),
        .init(ContinuedBrowsingIsNotConsent()), .init(RefusalAsEasyAsAcceptance()), .init(ConsentChoiceDuration()),
        .init(TrackerLifetime()), .init(ElectronicProspecting()),
    ]

    /// The tool's own checks: declared gaps, waivers, published pages, templates.
    static let tool: [CatalogueEntry] = [
        .init(DeclaredMissingFact()), .init(UnknownWaiverRule()), .init(UnusedWaiver()), .init(RenderedDisclosures()),
        .init(TemplateProblems()),
    ]

    private static let byID: [String: any LintRule] = Dictionary(
        all.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })

    public static func rule(id: String) -> (any LintRule)? { byID[id] }
}
