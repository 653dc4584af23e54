import PolicyModel
@testable import PolicyRendering
import Testing

/// What a policy declares missing is never stated as known, and what it lacks is said, not hidden: in
/// both languages and both formats.
@Suite struct DeclaredMissingWordingTests {
    /// French and English renderings of `policy`, HTML and Markdown, each with the text expected in its language.
    static func renderings(_ policy: Policy) -> [(language: Language, text: String)] {
        [Language.fr, .en].flatMap { language in
            DocumentFormat.allCases.map { format in
                (language, Templates.renderer.render(policy, language: language, format: format))
            }
        }
    }

    /// Checks every rendering of `policy` contains (or not) the text of its language.
    static func expect(_ policy: Policy, contains: Bool, fr: String, en: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        for (language, text) in renderings(policy) {
            let wanted = language == .fr ? fr : en
            #expect(text.contains(wanted) == contains, "\(language): \(wanted)", sourceLocation: sourceLocation)
        }
    }

    /// The Markdown table row of `policy` in `language` that starts with `start`.
    static func markdownRow(_ policy: Policy, _ language: Language, startingWith start: String) -> String {
        let text = Templates.renderer.render(policy, language: language, format: .markdown)
        return text.split(separator: "\n").first { $0.hasPrefix(start) }.map(String.init) ?? ""
    }

    static func declaring(_ fields: String..., in policy: Policy = SampleModel.policy) -> Policy {
        var policy = policy
        policy.missing += fields.map { MissingFact(field: $0, note: "not in the source") }
        return policy
    }

    static let priorConsent = (fr: "ne sont déposés qu’avec votre consentement préalable", en: "are set only with your prior consent")

    @Test func priorConsentIsClaimedOnlyWhenThePolicySaysHowConsentIsAsked() {
        let (fr, en) = Self.priorConsent
        Self.expect(SampleModel.policy, contains: true, fr: fr, en: en)
        Self.expect(Self.declaring("/cookieConsent"), contains: false, fr: fr, en: en)
        Self.expect(Self.declaring("/cookieConsent/mechanism"), contains: false, fr: fr, en: en)
        var noConsent = SampleModel.policy
        noConsent.cookieConsent = nil
        Self.expect(noConsent, contains: false, fr: fr, en: en)
        // The trackers are still listed.
        Self.expect(Self.declaring("/cookieConsent"), contains: true, fr: "distinguer les visiteurs", en: "distinguishes visitors")
    }

    /// A statement that bears no date (known from a dated copy) is not said to have been updated on that date.
    @Test func anEffectiveDateDeclaredMissingIsNotGivenAsTheLastUpdate() {
        let policy = SampleModel.policy
        let updated = (fr: "Dernière mise à jour\u{A0}:", en: "Last updated:")
        let undated = (fr: "date de dernière mise à jour non précisée", en: "date of last update not specified")
        Self.expect(policy, contains: true, fr: updated.fr, en: updated.en)
        Self.expect(policy, contains: false, fr: undated.fr, en: undated.en)
        let missing = Self.declaring("/effectiveDate")
        Self.expect(missing, contains: false, fr: updated.fr, en: updated.en)
        Self.expect(missing, contains: true, fr: undated.fr, en: undated.en)
        Self.expect(missing, contains: true, fr: "Version \(policy.version)", en: "Version \(policy.version)")
    }

    /// A requirement declared missing is not given from the value the model holds.
    @Test func aProvisionRequirementDeclaredMissingIsNotStated() {
        let notSpecified = (fr: "le caractère obligatoire ou facultatif de la fourniture de ces données n’est pas précisé",
                            en: "whether providing this data is required or optional is not specified")
        Self.expect(SampleModel.policy, contains: false, fr: notSpecified.fr, en: notSpecified.en)
        let policy = Self.declaring("/purposes/*/requirement")
        Self.expect(policy, contains: true, fr: notSpecified.fr, en: notSpecified.en)
        for (requirement, text) in [
            (ProvisionRequirement.statutory, (fr: "exigence réglementaire", en: "statutory requirement")),
            (.contractPrerequisite, (fr: "conditionne la conclusion du contrat", en: "necessary for us to enter into a contract")),
            (.voluntary, (fr: "est facultative", en: "is optional")),
        ] {
            var given = policy
            for index in given.purposes.indices { given.purposes[index].requirement = requirement }
            Self.expect(given, contains: false, fr: text.fr, en: text.en)
            var undeclared = given
            undeclared.missing = SampleModel.policy.missing
            Self.expect(undeclared, contains: true, fr: text.fr, en: text.en)
        }
    }

    /// Transfers declared missing, none described: the statement says they are not specified instead of leaving
    /// the section out; a policy whose transfers are described and not declared missing lists them as before.
    @Test func transfersDeclaredMissingAreSaidToBeNotSpecified() {
        let notSpecified = (fr: "Les éventuels transferts de vos données vers des pays situés hors de l’Espace économique européen",
                            en: "Any transfers of your data to countries outside the European Economic Area")
        var none = SampleModel.policy
        none.transfers = []
        Self.expect(none, contains: false, fr: notSpecified.fr, en: notSpecified.en)
        Self.expect(Self.declaring("/transfers", in: none), contains: true, fr: notSpecified.fr, en: notSpecified.en)
        Self.expect(SampleModel.policy, contains: false, fr: notSpecified.fr, en: notSpecified.en)
    }

    @Test func automatedDecisionsDeclaredMissingAreNotSaidToBeNone() {
        var none = SampleModel.policy
        none.automatedDecisions = []
        let noneSentence = (fr: "Nous ne prenons aucune décision fondée exclusivement", en: "We make no decision based solely")
        let notSpecified = (fr: "n’est pas précisée à ce jour", en: "is not specified at this time")
        Self.expect(none, contains: true, fr: noneSentence.fr, en: noneSentence.en)
        Self.expect(none, contains: false, fr: notSpecified.fr, en: notSpecified.en)
        let missing = Self.declaring("/automatedDecisions", in: none)
        Self.expect(missing, contains: false, fr: noneSentence.fr, en: noneSentence.en)
        Self.expect(missing, contains: true, fr: notSpecified.fr, en: notSpecified.en)
    }

    @Test func aControllerFactMissingInPartShowsWhatIsKnown() {
        // The address declared missing as a whole: its lines are shown, marked incomplete.
        let address = Self.declaring("/controller/address")
        Self.expect(address, contains: true, fr: "Adresse\u{A0}: 12 rue des Arceaux, 64100 Bayonne, France (adresse incomplète)",
                    en: "Address: 12 rue des Arceaux, 64100 Bayonne, France (incomplete address)")
        // One part declared missing: the rest, without that part.
        let postalCode = Self.declaring("/controller/address/postalCode")
        Self.expect(postalCode, contains: true, fr: "Adresse\u{A0}: 12 rue des Arceaux, Bayonne, France (adresse incomplète)",
                    en: "Address: 12 rue des Arceaux, Bayonne, France (incomplete address)")
        Self.expect(SampleModel.policy, contains: false, fr: "adresse incomplète", en: "incomplete address")
        // The contact declared missing: the channels the policy gives are still shown.
        Self.expect(Self.declaring("/controller/contact"), contains: true, fr: "contact@agence-exemple.fr", en: "contact@agence-exemple.fr")
    }

    @Test func cellsOfMissingFactsSayNotSpecified() {
        // _ga has a lifetime of 13 months: declared missing, it is not shown; the session cookie keeps its own.
        let lifetime = Self.declaring("/cookies/*/lifetime")
        Self.expect(lifetime, contains: false, fr: "13 mois", en: "13 months")
        Self.expect(lifetime, contains: true, fr: "Durée de la session", en: "Session only")
        for language in [Language.fr, .en] {
            let row = Self.markdownRow(lifetime, language, startingWith: "| \\_ga |")
            #expect(row.hasSuffix(language == .fr ? "| Non précisée | Oui |" : "| Not specified | Yes |"), "\(row)")
            let given = Self.markdownRow(SampleModel.policy, language, startingWith: "| \\_ga |")
            #expect(given.hasSuffix(language == .fr ? "| 13 mois | Oui |" : "| 13 months | Yes |"), "\(given)")
        }
        // The hosting company's country (index 1) and, with it, whether its data leaves the EEA.
        let country = Self.declaring("/recipients/1/processingCountries")
        Self.expect(country, contains: true, fr: "Non précisé", en: "Not specified")
        for language in [Language.fr, .en] {
            let row = Self.markdownRow(country, language, startingWith: "| OVH SAS")
            #expect(row.hasSuffix(language == .fr ? "| Non précisé | Non précisé |" : "| Not specified | Not specified |"), "\(row)")
        }
        // A recipient whose own countries are missing and whose sub-processor's are given (index 2): both are
        // said, so the sub-processor's country is not read as the recipient's.
        let own = Self.declaring("/recipients/2/processingCountries")
        for language in [Language.fr, .en] {
            let row = Self.markdownRow(own, language, startingWith: "| [Google Ireland Limited]")
            #expect(row.contains(language == .fr
                ? "| Non précisé\u{202F}; États-Unis (par l’intermédiaire de son sous-traitant ultérieur Google LLC) |"
                : "| Not specified; United States (through its sub-processor Google LLC) |"), "\(row)")
        }
        // A transfer declared missing: the safeguard cell says so; where no fact is missing, an empty cell.
        var transfer = SampleModel.policy
        transfer.transfers.removeAll { $0.recipient == "mailer" }
        let declared = Self.declaring("/recipients/3/transfer", in: transfer)
        for language in [Language.fr, .en] {
            let row = Self.markdownRow(declared, language, startingWith: "| Mailer Inc.")
            #expect(row.hasSuffix(language == .fr ? "| États-Unis | Non précisé |" : "| United States | Not specified |"), "\(row)")
            let undeclared = Self.markdownRow(transfer, language, startingWith: "| Mailer Inc.")
            #expect(undeclared.hasSuffix(language == .fr ? "| États-Unis |  |" : "| United States |  |"), "\(undeclared)")
        }
        // The means of obtaining a copy of the clauses.
        for language in [Language.fr, .en] {
            let row = Self.markdownRow(Self.declaring("/transfers/1/copy"), language,
                                       startingWith: language == .fr ? "| Mailer Inc. | États-Unis" : "| Mailer Inc. | United States")
            #expect(row.hasSuffix(language == .fr ? "| Non précisés |" : "| Not specified |"), "\(row)")
        }
    }

    @Test func otherCellsOfMissingFactsSayNotSpecified() {
        // The Art. 9(2) condition of the purpose that uses health data (index 5).
        let condition = Self.declaring("/purposes/5/specialCategoryCondition")
        Self.expect(condition, contains: true, fr: "condition de l’article 9.2 du RGPD non précisée",
                    en: "Article 9(2) GDPR condition not specified")
        Self.expect(condition, contains: false, fr: "votre consentement explicite (article 9.2.a", en: "your explicit consent (Article 9(2)(a)")
        for language in [Language.fr, .en] {
            let data = Self.markdownRow(Self.declaring("/purposes/0/dataCategories"), language,
                                        startingWith: language == .fr ? "| Gérer vos mandats" : "| Managing")
            #expect(data.contains(language == .fr ? "| Non précisées |" : "| Not specified |"), "\(data)")
            let service = Self.markdownRow(Self.declaring("/recipients/1/service"), language, startingWith: "| OVH SAS")
            #expect(service.contains(language == .fr ? "| Sous-traitant | Non précisée |" : "| Processor | Not specified |"), "\(service)")
            let provider = Self.markdownRow(Self.declaring("/cookies/0/provider"), language, startingWith: "| \\_ga |")
            #expect(provider.hasPrefix(language == .fr ? "| \\_ga | Non précisé |" : "| \\_ga | Not specified |"), "\(provider)")
            // A provider the policy does not give reads the same, declared missing or not.
            var unnamed = SampleModel.policy
            unnamed.cookies[0].provider = nil
            let notGiven = Self.markdownRow(unnamed, language, startingWith: "| \\_ga |")
            #expect(notGiven.hasPrefix(language == .fr ? "| \\_ga | Non précisé |" : "| \\_ga | Not specified |"), "\(notGiven)")
        }
        // The categories an indirect source provides (the listing portals, index 1).
        Self.expect(Self.declaring("/sources/1/dataCategories"), contains: true,
                    fr: "catégories de données non précisées", en: "categories of data not specified")
        Self.expect(SampleModel.policy, contains: false, fr: "catégories de données non précisées", en: "categories of data not specified")
    }

    @Test func aPurposeNoRetentionRuleCoversSaysSoAndLinksNowhere() {
        for language in [Language.fr, .en] {
            let row = Self.markdownRow(SampleModel.policy, language, startingWith: language == .fr ? "| Lutter contre" : "| Preventing money")
            #expect(row.hasSuffix(language == .fr ? "| Non précisée |" : "| Not specified |"), "\(row)")
            #expect(!row.contains("#retention"), "\(row)")
            // A rule's period follows the data it covers, so that words written for the retention table read here.
            let covered = Self.markdownRow(SampleModel.policy, language, startingWith: language == .fr ? "| Gérer vos mandats" : "| Managing")
            #expect(covered.contains(language == .fr ? "| Dossiers de mandat\u{A0}: 10 ans à compter de la fin du mandat ("
                                         : "| Mandate files: 10 years from the end of the mandate ("), "\(covered)")
        }
        Self.expect(SampleModel.policy, contains: true, fr: "Non précisée", en: "Not specified")
    }

    @Test func theExtensionOfTheResponseDelayIsThatOfTheLegalMonth() {
        var policy = SampleModel.policy
        policy.rights.responseDelay = .workingDays(15)
        Self.expect(policy, contains: true, fr: "Le délai légal d’un mois peut, au besoin, être prolongé de deux mois",
                    en: "the one-month period set by law may be extended by two further months")
        Self.expect(policy, contains: false, fr: "ce délai peut être prolongé", en: "this period may be extended")
    }

    @Test func templatesStateTheRuleNotAPracticeThePolicyDoesNotDeclare() {
        Self.expect(SampleModel.policy, contains: false, fr: "nous avons vérifié", en: "we have checked")
        Self.expect(SampleModel.policy, contains: false, fr: "supprimées ou anonymisées", en: "deleted or anonymised")
        Self.expect(SampleModel.policy, contains: false, fr: "contrat conforme", en: "under a contract that meets")
        Self.expect(SampleModel.policy, contains: true, fr: "ne prévalent pas sur ces intérêts", en: "are not overridden by your interests")
    }

    @Test func frenchTermsAndNumberOfWebsites() {
        Self.expect(SampleModel.policy, contains: true, fr: "catégorie particulière de données au sens de l’article 9", en: "special category of data")
        Self.expect(SampleModel.policy, contains: false, fr: "donnée sensible", en: "sensitive data")
        Self.expect(SampleModel.policy, contains: true, fr: "loi n°\u{A0}78-17", en: "Law No. 78-17")
        // The French typography keeps « n° » with its number in the policy's own texts too.
        Self.expect(SampleModel.policy, contains: true, fr: "(décret n°\u{A0}72-678, art. 72)", en: "(décret n° 72-678, art. 72)")
        Self.expect(SampleModel.policy, contains: true, fr: "Site internet\u{A0}:", en: "Website:")
        Self.expect(SampleModel.policy, contains: true, fr: "sur notre site,", en: "browse our website,")
        var several = SampleModel.policy
        several.controller.websites.append(SampleModel.web("https://www.agence-exemple.com"))
        Self.expect(several, contains: true, fr: "Sites internet\u{A0}:", en: "Websites:")
        Self.expect(several, contains: true, fr: "sur nos sites,", en: "browse our websites,")
    }
}
