import PolicyModel

/// A policy with every collection filled, for round trips.
enum SampleModel {
    static let date = CalendarDate(year: 2024, month: 3, day: 1)!

    static let policy = Policy(
        id: "sample", version: "3", effectiveDate: date,
        history: [Revision(version: "3", date: date, summary: Localized(fr: "Refonte", en: "Rewrite"))],
        controller: Controller(
            legalName: "Exemple", tradeNames: ["Ex"], websites: [WebAddress("https://example.fr")!], legalForm: "SAS",
            registration: Registration(register: "RCS Paris", number: "000 000 000"),
            address: PostalAddress(lines: ["1 rue X"], postalCode: "75001", locality: "Paris", country: "FR"),
            country: "FR", contact: [.email("privacy@example.fr"), .webForm("https://example.fr/contact")]),
        dpo: .designated(title: "DPO", contact: [.email("dpo@example.fr")]),
        dataCategories: [
            DataCategory(
                id: "identity", kind: .identity, label: Localized(fr: "Nom et prénom", en: "Full name"),
                examples: [Localized(fr: "nom", en: "surname")]),
            DataCategory(
                id: "health", kind: .other, label: Localized(fr: "Santé", en: "Health"), special: .health),
        ],
        sources: [
            DataSource(
                id: "portals", kind: .thirdParty, description: Localized(fr: "Portails", en: "Portals"),
                publiclyAccessible: false, dataCategories: ["identity"])
        ],
        purposes: [
            Purpose(
                id: "news", description: Localized(fr: "Lettre", en: "Newsletter"), dataCategories: ["identity"],
                legalBasis: .consent, consentWithdrawal: Localized(fr: "Lien", en: "Link"),
                consequencesOfNotProviding: Localized(fr: "Aucune", en: "None"),
                directMarketing: DirectMarketing(channels: [.email], optOut: Localized(fr: "Lien", en: "Link"))),
            Purpose(
                id: "fraud", description: Localized(fr: "Fraude", en: "Fraud"), dataCategories: ["identity", "health"],
                legalBasis: .legitimateInterests, legitimateInterest: Localized(fr: "Sécurité", en: "Security"),
                specialCategoryCondition: .legalClaims, requirement: .contractual),
        ],
        recipients: [
            Recipient(
                id: "ga", name: Localized(name: "Google Ireland Limited"), role: .processor,
                service: Localized(fr: "Mesure", en: "Analytics"), processingCountries: ["IE"], purposes: ["news"],
                dataCategories: ["identity"], subProcessors: [SubProcessor(name: "Google LLC", processingCountries: ["US"])],
                privacyNotice: WebAddress("https://policies.google.com/privacy"))
        ],
        transfers: [
            Transfer(
                recipient: "ga", importer: "Google LLC", country: "US", mechanism: .dataPrivacyFramework,
                reference: "(EU) 2023/1795", copy: Localized(fr: "Sur demande", en: "On request"),
                certificationCheckedOn: date)
        ],
        retention: [
            Retention(
                purposes: ["news"], dataCategories: ["identity"], subject: Localized(fr: "Contacts", en: "Contacts"),
                period: .years(3), startingEvent: Localized(fr: "dernier contact", en: "last contact"),
                criteria: Localized(fr: "c", en: "c"), legalReference: "CNIL")
        ],
        rights: RightsExercise(
            channels: [.email("dpo@example.fr"), .post(PostalAddress(lines: ["1 rue X"], country: "FR"))],
            identityCheck: .onReasonableDoubt, responseDelay: .days(30)),
        automatedDecisions: [
            AutomatedDecision(
                kind: .profiling, purposes: ["news"], logic: Localized(fr: "l", en: "l"),
                significance: Localized(fr: "s", en: "s"), consequences: Localized(fr: "c", en: "c"))
        ],
        cookies: [
            Cookie(
                name: Localized(name: "_ga"), provider: "Google", category: .audienceMeasurement,
                description: Localized(fr: "Mesure", en: "Analytics"), lifetime: .months(13), consentRequired: true)
        ],
        cookieConsent: CookieConsent(
            mechanism: Localized(fr: "Bandeau", en: "Banner"), refuseAsEasyAsAccept: true, choiceKeptMonths: 6),
        security: [Localized(fr: "Chiffrement", en: "Encryption")], directedAtChildren: false,
        missing: [MissingFact(field: "/controller/representative", note: "n/a")],
        waivers: [Waiver(rule: "GDPR-12-1", reason: "reviewed")])
}
