import PolicyModel

/// Leggett Immobilier's privacy statement as archived on 22 November 2018, encoded as facts.
///
/// Legal bases are those the text implies ("in pursuance of our legitimate interest", "our legal
/// obligation", opt-out marketing); gaps are left as gaps.
enum Leggett2018 {
    static var policy: Policy {
        Policy(
            id: "leggett-immobilier-2018", version: "2018-11-22", effectiveDate: day(2018, 11, 22),
            controller: Controller(legalName: "Leggett Immobilier", country: "FR", contact: [.email("cil@leggett.fr")]),
            dpo: .designated(title: "Data Protection Officer", contact: [.email("cil@leggett.fr")]),
            dataCategories: [
                DataCategory(id: "identity", kind: .identity, label: text("Nom et date de naissance", "Name and date of birth")),
                DataCategory(id: "contact", kind: .contact, label: text("Coordonnées", "Email, postal address and telephone number")),
                DataCategory(id: "account", kind: .credentials, label: text("Identifiant et mot de passe", "Username and password")),
                DataCategory(id: "payment", kind: .financial, label: text("Paiement et coordonnées bancaires", "Payment information and bank details")),
                DataCategory(id: "calls", kind: .voiceRecording, label: text("Enregistrements d’appels", "Recordings when you call our customer service line")),
                DataCategory(
                    id: "online", kind: .browsing,
                    label: text("Navigateur, adresse IP, pages vues, liens cliqués", "Browser, IP address, web pages you view, links you click")),
                DataCategory(
                    id: "social-profile", kind: .socialProfile,
                    label: text("Profil des réseaux sociaux", "Information from social networks (name, gender, location, interests)")),
                DataCategory(
                    id: "social-beliefs", kind: .socialProfile,
                    label: text("Opinions politiques et religion issues des réseaux sociaux", "Political views and religion from social networks"),
                    special: .religiousOrPhilosophicalBeliefs),
            ],
            sources: [
                DataSource(
                    id: "direct", kind: .dataSubject, description: text("Informations que vous nous donnez", "Information we collect directly from you"),
                    dataCategories: ["identity", "contact", "account", "payment", "calls"]),
                DataSource(
                    id: "online", kind: .observed, description: text("Cookies et journaux des serveurs", "Cookies and web server logs"),
                    dataCategories: ["online"]),
                DataSource(
                    id: "social-networks", kind: .thirdParty,
                    description: text("Modules sociaux et connexion via un réseau social", "Social network plug-ins and third-party login"),
                    dataCategories: ["social-profile", "social-beliefs"]),
                DataSource(
                    id: "other-sources", kind: .thirdParty,
                    description: text("Informations obtenues d’autres sources", "Information we collect about you from other sources"),
                    dataCategories: []),
            ],
            purposes: [
                Purpose(
                    id: "requests", description: text("Répondre à vos demandes", "Answer your questions or respond to your requests"),
                    dataCategories: ["identity", "contact"], legalBasis: .legitimateInterests,
                    legitimateInterest: text("Répondre aux demandes que vous nous adressez", "Fulfilling the requests you send us")),
                Purpose(
                    id: "account", description: text("Gérer votre compte et prévenir la fraude", "Create and manage your account; protect against fraudulent transactions"),
                    dataCategories: ["identity", "contact", "account", "payment"], legalBasis: .legalObligation,
                    requirement: .contractual),
                Purpose(
                    id: "emails",
                    description: text("Vous envoyer nos courriels d’information", "Send you email and postal messages about Leggett Immobilier brands"),
                    dataCategories: ["identity", "contact"], legalBasis: .legitimateInterests,
                    directMarketing: DirectMarketing(
                        channels: [.email, .post],
                        optOut: text(
                            "Suivre les instructions de désinscription présentes dans chaque message",
                            "Follow the opt-out instructions provided in any such message"))),
                Purpose(
                    id: "interest-marketing",
                    description: text(
                        "Marketing adapté à vos centres d’intérêt", "Develop and provide marketing tailored to your interests, including interest-based marketing"),
                    dataCategories: ["online", "social-profile"], legalBasis: .legitimateInterests),
                Purpose(
                    id: "social-sharing", description: text("Partage sur les réseaux sociaux", "Allow you to participate in social sharing on our websites"),
                    dataCategories: ["social-profile", "social-beliefs"], legalBasis: .legitimateInterests),
                Purpose(
                    id: "analytics", description: text("Analyser l’usage de nos sites et produits", "Analyse the use of, and develop, our products, services and sites"),
                    dataCategories: ["online"], legalBasis: .legitimateInterests),
                Purpose(
                    id: "business-development",
                    description: text("Partage avec nos partenaires et portails", "Sharing with partners and portals for business development"),
                    dataCategories: ["identity", "contact"], legalBasis: .legitimateInterests),
                Purpose(
                    id: "capital-partners", description: text("Transmission à nos partenaires financiers", "Transfer to our capital-intensive partners"),
                    dataCategories: ["identity", "contact", "payment"], legalBasis: .consent,
                    consentWithdrawal: text(
                        "Vous pouvez retirer ce consentement à tout moment en nous écrivant à cil@leggett.fr.",
                        "You may withdraw that consent at any time by contacting us at cil@leggett.fr.")),
                Purpose(
                    id: "claims",
                    description: text(
                        "Traiter vos réclamations, qui doivent être envoyées à cil@leggett.fr",
                        "Your claims regarding the processing of your personal information must be sent via email to cil@leggett.fr"),
                    dataCategories: ["identity", "contact"], legalBasis: .legalObligation),
            ],
            recipients: [
                Recipient(
                    id: "partners", name: text("Partenaires", "Partners"), role: .independentController,
                    service: text("Développer notre portefeuille de biens", "Develop our property portfolio"), purposes: ["business-development"]),
                Recipient(
                    id: "portals", name: text("Portails", "Portals"), role: .independentController,
                    service: text("Développer notre visibilité", "Develop our visibility"), purposes: ["business-development"]),
                Recipient(
                    id: "service-providers", name: text("Prestataires de services", "Service providers"), role: .processor,
                    service: text(
                        "Hébergement, courriels, comptabilité, informatique, analyse de données",
                        "Host our sites, deliver our email, accounting, IT, data analysis"),
                    purposes: ["requests", "emails", "analytics"]),
                Recipient(
                    id: "public-officers", name: text("Notaires, mairies, services d’urbanisme", "Notary, town hall, urbanism service"),
                    role: .publicAuthority, service: text("Formaliser nos transactions", "Formalize our transactions")),
                Recipient(
                    id: "capital-partners", name: text("Partenaires financiers", "Capital-intensive partners"), role: .independentController,
                    service: text("Financement", "Financing"), purposes: ["capital-partners"]),
                Recipient(
                    id: "meta", name: Localized(name: "Meta Platforms Ireland Limited"), role: .jointController,
                    service: text("Modules sociaux et connexion Facebook", "Facebook plug-ins and login"), processingCountries: ["IE"],
                    purposes: ["social-sharing"],
                    subProcessors: [SubProcessor(name: "Meta Platforms, Inc.", processingCountries: ["US"])]),
            ],
            retention: [
                Retention(
                    subject: text("Informations personnelles", "Personal Information"),
                    criteria: text(
                        "La durée nécessaire aux finalités de la présente déclaration",
                        "The period necessary to fulfil the purposes outlined in this Privacy Statement")),
                Retention(
                    purposes: ["account"], dataCategories: ["identity"], subject: text("Identité des clients", "Identity of the customer"),
                    period: .years(5), startingEvent: text("la fin de la relation d’affaires", "the end of the business relationship")),
            ],
            rights: RightsExercise(channels: [.email("cil@leggett.fr")], identityCheck: .onReasonableDoubt),
            cookies: [
                Cookie(
                    name: Localized(name: "login"), provider: "Leggett Immobilier", category: .strictlyNecessary,
                    description: text("Vous reconnaître et vous connecter", "Remember who you are to log you in"), lifetime: nil,
                    consentRequired: false),
                Cookie(
                    name: Localized(name: "advertising"), provider: "Leggett Immobilier", category: .advertising,
                    description: text("Publicités adaptées à vos centres d’intérêt", "Advertisements tailored to your interests"),
                    lifetime: nil, consentRequired: false),
                Cookie(
                    name: Localized(name: "analytics"), provider: "Leggett Immobilier", category: .audienceMeasurement,
                    description: text("Mesurer l’usage de nos sites", "Assess how our sites are used"), lifetime: nil,
                    consentRequired: false),
                Cookie(
                    name: Localized(name: "facebook-plugin"), provider: "Meta Platforms Ireland Limited", category: .social,
                    description: text("Bouton « J’aime » de Facebook", "Facebook “Like” button"), lifetime: nil, consentRequired: false),
            ],
            cookieConsent: CookieConsent(
                mechanism: text(
                    "Vous pouvez accepter ou refuser les cookies dans les paramètres de votre navigateur.",
                    "You can accept or decline cookies through your browser settings."),
                refuseAsEasyAsAccept: false),
            security: [
                text(
                    "Procédures techniques, administratives et physiques de protection",
                    "Technical, administrative and physical procedures designed to protect personal information"),
            ])
    }
}
