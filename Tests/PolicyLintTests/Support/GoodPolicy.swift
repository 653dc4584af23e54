import PolicyModel

/// A complete statement of a French estate agency that lints clean: every rule can pass.
///
/// Rule tests mutate it one fact at a time, so each test shows exactly what a rule reacts to.
enum GoodPolicy {
    static var policy: Policy {
        Policy(
            id: "agence-exemple", version: "2.0", effectiveDate: day(2026, 1, 15),
            controller: Controller(
                legalName: "Agence Exemple SAS", tradeNames: ["Agence Exemple"], legalForm: "SAS",
                registration: Registration(register: "RCS Bayonne", number: "123 456 789"),
                address: PostalAddress(lines: ["12 rue des Halles"], postalCode: "64100", locality: "Bayonne", country: "FR"),
                country: "FR", contact: [.email("contact@agence-exemple.fr"), .phone("+33 5 59 00 00 00")]),
            dpo: .designated(title: "Délégué à la protection des données", contact: [.email("dpo@agence-exemple.fr")]),
            dataCategories: [
                DataCategory(id: "identity", kind: .identity, label: text("Identité", "Identity")),
                DataCategory(id: "contact", kind: .contact, label: text("Coordonnées", "Contact details")),
                DataCategory(id: "property", kind: .property, label: text("Bien recherché", "Property sought")),
                DataCategory(id: "financial", kind: .financial, label: text("Justificatifs de revenus", "Proof of income")),
                DataCategory(
                    id: "browsing", kind: .browsing,
                    label: text("Pages consultées et identifiant du navigateur", "Pages viewed and browser identifier")),
            ],
            sources: [
                DataSource(
                    id: "forms", kind: .dataSubject,
                    description: text("Formulaires du site et échanges en agence", "Website forms and exchanges at the agency"),
                    dataCategories: ["identity", "contact", "property", "financial"]),
                DataSource(
                    id: "visits", kind: .observed,
                    description: text("Traceurs déposés lors de vos visites", "Trackers set during your visits"),
                    dataCategories: ["browsing"]),
            ],
            purposes: [
                Purpose(
                    id: "requests",
                    description: text("Répondre à vos demandes de visite et d’information", "Answering your viewing and information requests"),
                    dataCategories: ["identity", "contact", "property"], legalBasis: .contract,
                    requirement: .contractPrerequisite,
                    consequencesOfNotProviding: text(
                        "Sans ces données, nous ne pouvons pas répondre à votre demande.",
                        "Without this data we cannot answer your request.")),
                Purpose(
                    id: "mandates", description: text("Tenir le registre des mandats", "Keeping the register of mandates"),
                    dataCategories: ["identity", "contact", "financial"], legalBasis: .legalObligation,
                    requirement: .statutory,
                    consequencesOfNotProviding: text(
                        "Sans ces données, le mandat ne peut pas être signé.", "Without this data the mandate cannot be signed.")),
                Purpose(
                    id: "newsletter", description: text("Vous envoyer notre lettre d’annonces", "Sending you our property newsletter"),
                    dataCategories: ["identity", "contact", "property"], legalBasis: .consent,
                    consentWithdrawal: text(
                        "Cliquez sur le lien de désinscription présent dans chaque message.",
                        "Click the unsubscribe link in each message."),
                    directMarketing: DirectMarketing(
                        channels: [.email],
                        optOut: text("Lien de désinscription dans chaque message", "Unsubscribe link in each message"))),
                Purpose(
                    id: "audience", description: text("Mesurer la fréquentation du site", "Measuring the site’s audience"),
                    dataCategories: ["browsing"], legalBasis: .consent,
                    consentWithdrawal: text(
                        "Utilisez le lien « Gérer les cookies » en bas de chaque page.",
                        "Use the “Manage cookies” link at the foot of each page.")),
                Purpose(
                    id: "security", description: text("Sécuriser le site et prévenir la fraude", "Securing the site and preventing fraud"),
                    dataCategories: ["browsing"], legalBasis: .legitimateInterests,
                    legitimateInterest: text(
                        "Protéger nos clients et notre site contre les accès frauduleux",
                        "Protecting our clients and our site against fraudulent access")),
            ],
            recipients: [
                Recipient(
                    id: "staff", name: text("Collaborateurs habilités de l’agence", "Authorised agency staff"),
                    role: .internalDepartment, service: text("Traitement de vos demandes", "Handling your requests"),
                    processingCountries: ["FR"], purposes: ["requests", "mandates"]),
                Recipient(
                    id: "ovh", name: Localized(name: "OVH SAS"), role: .processor,
                    service: text("Hébergement du site", "Website hosting"), processingCountries: ["FR"],
                    purposes: ["requests", "security"]),
                Recipient(
                    id: "google", name: Localized(name: "Google Ireland Limited"), role: .processor,
                    service: text("Mesure d’audience du site", "Website audience measurement"), processingCountries: ["IE"],
                    purposes: ["audience"], dataCategories: ["browsing"],
                    subProcessors: [SubProcessor(name: "Google LLC", processingCountries: ["US"])]),
                Recipient(
                    id: "brevo", name: Localized(name: "Sendinblue SAS"), role: .processor,
                    service: text("Envoi de la lettre d’annonces", "Sending the property newsletter"),
                    processingCountries: ["FR"], purposes: ["newsletter"]),
                Recipient(
                    id: "support", name: Localized(name: "Helpdesk Solutions Private Limited"), role: .processor,
                    service: text("Assistance technique du logiciel de gestion", "Technical support for the management software"),
                    processingCountries: ["IN"], purposes: ["requests"]),
            ],
            transfers: [
                Transfer(
                    recipient: "google", importer: "Google LLC", country: "US", mechanism: .dataPrivacyFramework,
                    reference: "(EU) 2023/1795", certificationCheckedOn: day(2026, 1, 10)),
                Transfer(
                    recipient: "support", country: "IN", mechanism: .standardContractualClauses,
                    reference: "(EU) 2021/914, module 2",
                    copy: text(
                        "Copie des clauses sur demande à dpo@agence-exemple.fr",
                        "Copy of the clauses on request to dpo@agence-exemple.fr")),
            ],
            retention: [
                Retention(
                    purposes: ["requests"], subject: text("Demandes et échanges", "Requests and exchanges"),
                    period: .years(3), startingEvent: text("le dernier contact", "the last contact")),
                Retention(
                    purposes: ["mandates"], subject: text("Registre des mandats", "Register of mandates"), period: .years(10),
                    startingEvent: text("la fin du mandat", "the end of the mandate"),
                    legalReference: "décret 72-678 art. 72"),
                Retention(
                    purposes: ["newsletter"], subject: text("Abonnés à la lettre", "Newsletter subscribers"),
                    period: .years(3), startingEvent: text("le dernier contact", "the last contact")),
                Retention(
                    purposes: ["audience"], subject: text("Mesure d’audience", "Audience measurement"), period: .months(13),
                    startingEvent: text("le dépôt du traceur", "the tracker being set")),
                Retention(
                    purposes: ["security"], subject: text("Journaux de connexion", "Connection logs"), period: .months(6)),
            ],
            rights: RightsExercise(
                channels: [.email("dpo@agence-exemple.fr"), .webForm("https://www.agence-exemple.fr/donnees")],
                identityCheck: .onReasonableDoubt, responseDelay: .months(1)),
            automatedDecisions: [
                AutomatedDecision(
                    kind: .profiling, purposes: ["newsletter"],
                    logic: text(
                        "Les annonces envoyées sont choisies selon les critères de votre recherche.",
                        "The listings sent are chosen from the criteria of your search."),
                    significance: text(
                        "Vous recevez uniquement des annonces proches de votre recherche.",
                        "You receive only listings close to your search."),
                    consequences: text(
                        "Aucune décision n’est prise à votre égard ; vous pouvez vous opposer à ce tri à tout moment par le lien de désinscription.",
                        "No decision is taken about you; you can object to this selection at any time through the unsubscribe link.")),
            ],
            cookies: [
                Cookie(
                    name: Localized(name: "session"), provider: "Agence Exemple", category: .strictlyNecessary,
                    description: text("Maintient votre session", "Keeps your session"), lifetime: nil, sessionOnly: true,
                    consentRequired: false),
                Cookie(
                    name: Localized(name: "_ga"), provider: "Google Ireland Limited", category: .audienceMeasurement,
                    description: text("Mesure d’audience : identifiant du navigateur", "Audience measurement: browser identifier"),
                    lifetime: .months(13), consentRequired: true),
            ],
            cookieConsent: CookieConsent(
                mechanism: text(
                    "Un bandeau propose « Tout accepter » et « Tout refuser » ; le lien « Gérer les cookies » en bas de page permet de modifier votre choix à tout moment.",
                    "A banner offers “Accept all” and “Refuse all”; the “Manage cookies” link at the foot of each page lets you change your choice at any time."),
                refuseAsEasyAsAccept: true, choiceKeptMonths: 6),
            security: [text("Connexions chiffrées (HTTPS) et contrôle des accès", "Encrypted connections (HTTPS) and access control")])
    }

    /// The policy with one change.
    static func with(_ change: (inout Policy) -> Void) -> Policy {
        var policy = policy
        change(&policy)
        return policy
    }
}

func text(_ fr: String, _ en: String) -> Localized { Localized(fr: fr, en: en) }

func day(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate {
    guard let date = CalendarDate(year: year, month: month, day: day) else { preconditionFailure("no such day") }
    return date
}
