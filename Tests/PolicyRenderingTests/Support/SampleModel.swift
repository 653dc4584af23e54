import PolicyModel

/// A policy that uses every part of the model: consent, contract, legal obligation and legitimate
/// interest; processors in and outside the EEA with transfers; cookies; an indirect source; profiling.
enum SampleModel {
    static func date(_ iso: String) -> CalendarDate {
        guard let date = CalendarDate(iso: iso) else { preconditionFailure("bad date \(iso)") }
        return date
    }

    static func web(_ text: String) -> WebAddress {
        guard let address = WebAddress(text) else { preconditionFailure("bad address \(text)") }
        return address
    }

    static let address = PostalAddress(
        lines: ["12 rue des Arceaux"], postalCode: "64100", locality: "Bayonne", country: "FR")

    static var policy: Policy {
        Policy(
            id: "agence-exemple", version: "2.0", effectiveDate: date("2019-03-01"),
            history: [
                Revision(version: "1.0", date: date("2018-05-25"),
                         summary: Localized(fr: "Première version.", en: "First version.")),
                Revision(version: "2.0", date: date("2019-03-01"),
                         summary: Localized(fr: "Ajout des traceurs.", en: "Trackers added.")),
            ],
            controller: Controller(
                legalName: "Agence Exemple SARL", tradeNames: ["Agence Exemple"], websites: [web("https://www.agence-exemple.fr")],
                legalForm: "SARL", registration: Registration(register: "RCS Bayonne", number: "123 456 789"),
                address: address, country: "FR",
                contact: [.email("contact@agence-exemple.fr"), .phone("+33 5 59 00 00 00"), .post(address)]),
            dpo: .designated(contact: [.email("dpo@agence-exemple.fr")]),
            dataCategories: [
                DataCategory(id: "identity", kind: .identity, label: Localized(fr: "Identité", en: "Identity"),
                             examples: [Localized(fr: "nom", en: "surname"), Localized(fr: "prénom", en: "first name")]),
                DataCategory(id: "contact", kind: .contact, label: Localized(fr: "Coordonnées", en: "Contact details")),
                DataCategory(id: "browsing", kind: .browsing, label: Localized(fr: "Navigation", en: "Browsing data")),
                DataCategory(id: "health", kind: .other, label: Localized(fr: "Handicap", en: "Disability"),
                             special: .health),
            ],
            sources: [
                DataSource(id: "forms", kind: .dataSubject, description: Localized(fr: "Formulaires du site", en: "Website forms"),
                           dataCategories: ["identity", "contact"]),
                DataSource(id: "portals", kind: .thirdParty, description: Localized(fr: "Portails d'annonces", en: "Listing portals"),
                           publiclyAccessible: false, dataCategories: ["identity", "contact"]),
            ],
            purposes: purposes,
            recipients: recipients,
            transfers: [
                Transfer(recipient: "analytics", importer: "Google LLC", country: "US", mechanism: .dataPrivacyFramework,
                         reference: "(EU) 2023/1795"),
                Transfer(recipient: "mailer", country: "US", mechanism: .standardContractualClauses,
                         reference: "(EU) 2021/914, module 3",
                         copy: Localized(fr: "Sur demande à dpo@agence-exemple.fr", en: "On request to dpo@agence-exemple.fr")),
            ],
            retention: [
                Retention(purposes: ["mandates"], subject: Localized(fr: "Dossiers de mandat", en: "Mandate files"),
                          period: .years(10), startingEvent: Localized(fr: "la fin du mandat", en: "the end of the mandate"),
                          legalReference: "décret n° 72-678, art. 72"),
                Retention(purposes: ["newsletter", "matching"], subject: Localized(fr: "Données de prospection", en: "Marketing data"),
                          period: .years(3), startingEvent: Localized(fr: "notre dernier contact", en: "our last contact")),
                Retention(purposes: ["statistics"], subject: Localized(fr: "Statistiques", en: "Statistics"),
                          criteria: Localized(fr: "Jusqu'au retrait du consentement", en: "Until consent is withdrawn")),
            ],
            rights: RightsExercise(channels: [.email("dpo@agence-exemple.fr"), .webForm("https://www.agence-exemple.fr/droits")],
                                   identityCheck: .onReasonableDoubt),
            automatedDecisions: [
                AutomatedDecision(kind: .profiling, purposes: ["matching"],
                                  logic: Localized(fr: "Comparaison de vos critères avec nos biens", en: "Your criteria are matched with our listings"),
                                  significance: Localized(fr: "Vous recevez des offres ciblées", en: "You receive targeted offers"),
                                  consequences: Localized(fr: "Aucun effet juridique", en: "No legal effect")),
            ],
            cookies: [
                Cookie(name: Localized(name: "_ga"), provider: "Google", category: .audienceMeasurement,
                       description: Localized(fr: "Distinguer les visiteurs", en: "Distinguishes visitors"),
                       lifetime: .months(13), consentRequired: true),
                Cookie(name: Localized(name: "session"), provider: "Agence Exemple", category: .strictlyNecessary,
                       description: Localized(fr: "Maintenir votre session", en: "Keeps you signed in"),
                       lifetime: nil, sessionOnly: true, consentRequired: false),
            ],
            cookieConsent: CookieConsent(
                mechanism: Localized(fr: "Un bandeau vous permet d'accepter ou de refuser.", en: "A banner lets you accept or refuse."),
                refuseAsEasyAsAccept: true, choiceKeptMonths: 6),
            security: [Localized(fr: "Chiffrement des échanges (HTTPS)", en: "Encrypted connections (HTTPS)")])
    }
}
