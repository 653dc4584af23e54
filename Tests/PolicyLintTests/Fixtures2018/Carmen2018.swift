import PolicyModel

/// Carmen Immobilier's privacy statement as published on 20 April 2018, encoded as facts.
///
/// Where the statement gives no legal basis, the one its text implies is used; gaps are left as
/// gaps (no `missing` declarations), so the linter reports them as the statement stood.
enum Carmen2018 {
    static var policy: Policy {
        Policy(
            id: "carmen-immobilier-2018", version: "2018-04-20", effectiveDate: day(2018, 4, 20),
            controller: Controller(
                legalName: "PLUS IMMOBILIER SARL", tradeNames: ["Carmen Immobilier", "Carmen Entreprises", "Kote Palais"],
                legalForm: "SARL",
                // A business-park name only; the telephone number is printed truncated ("+33-"), so no channel.
                address: PostalAddress(lines: ["ZA de Puttilenea"], country: "FR"), country: "FR", contact: []),
            // "our Data protection controller": the statement does not say whether a DPO is designated.
            dpo: nil,
            dataCategories: [
                DataCategory(id: "identity", kind: .identity, label: text("Nom et prénom", "First and last name")),
                DataCategory(id: "contact", kind: .contact, label: text("E-mail et téléphone", "Email and phone number")),
                DataCategory(
                    id: "request", kind: .correspondence,
                    label: text("Objet et contenu des formulaires", "Forms' subject and other contents of your request")),
                DataCategory(id: "property", kind: .property, label: text("Bien concerné", "City, type and rooms of the property")),
                DataCategory(id: "account", kind: .credentials, label: text("Identifiants du compte", "Account identifiers")),
                DataCategory(
                    id: "activity", kind: .browsing,
                    label: text(
                        "Activité sur nos sites (informations non personnelles)",
                        "Customer activity on our websites (non personal information)"),
                    examples: [text("Géolocalisation, type d’appareil, navigateur, pages visitées", "Geolocation, device type, browser, pages visited")]),
            ],
            sources: [
                DataSource(
                    id: "forms", kind: .dataSubject, description: text("Formulaires des sites", "Website forms"),
                    dataCategories: ["identity", "contact", "request", "property", "account"]),
                DataSource(
                    id: "cookies", kind: .observed, description: text("Cookies des sites", "Website cookies"),
                    dataCategories: ["activity"]),
                // "We therefore inform you that we collect information from other real estate websites": no
                // categories, no word on public accessibility.
                DataSource(
                    id: "other-websites", kind: .thirdParty,
                    description: text("Autres sites immobiliers", "Other real estate websites"), dataCategories: []),
            ],
            purposes: [
                Purpose(
                    id: "services",
                    description: text(
                        "Vous fournir les informations, produits et services demandés",
                        "To provide you with the information, products and services which you request from us"),
                    dataCategories: ["identity", "contact", "request", "property", "account"], legalBasis: .contract,
                    requirement: .contractPrerequisite,
                    consequencesOfNotProviding: text(
                        "Sans ces données, nous ne pourrons pas fournir nos produits ou services.",
                        "If you chose not to provide it, we will not be able to provide you with our products or services.")),
                Purpose(
                    id: "answers", description: text("Vous contacter pour répondre à votre demande", "To contact you to answer your request"),
                    dataCategories: ["identity", "contact", "request"], legalBasis: .contract),
                Purpose(
                    id: "analytics",
                    description: text(
                        "Analyser et améliorer nos sites et mesurer l’efficacité de nos publicités (données non personnelles)",
                        "To analyse and improve our websites and to measure the effectiveness of our advertising (non personal data)"),
                    dataCategories: ["activity"], legalBasis: .consent,
                    consentWithdrawal: text(
                        "Vous pouvez à tout moment bloquer les cookies dans votre navigateur.",
                        "At any time, you can block cookies through your browser.")),
                Purpose(
                    id: "mailings",
                    description: text(
                        "Vous informer de nos autres biens et services, avec votre consentement à recevoir nos envois",
                        "To provide you with information about other goods and services that we offer, with your consent to receive our mailings"),
                    dataCategories: ["identity", "contact"], legalBasis: .consent,
                    consentWithdrawal: text(
                        "Vous avez le droit de retirer votre consentement à tout moment.",
                        "You have the right to withdraw consent for its use for marketing purposes at any time."),
                    directMarketing: DirectMarketing(
                        channels: [.email],
                        optOut: text("Retrait du consentement à tout moment", "Withdrawal of consent at any time"))),
            ],
            recipients: [
                Recipient(
                    id: "staff", name: text("Personnel habilité de Carmen Immobilier", "Carmen Immobilier authorised staff"),
                    role: .internalDepartment,
                    service: text(
                        "Seul le personnel habilité de Carmen Immobilier a accès à vos données.",
                        "Only Carmen immobilier habilitated staff has access to your data."),
                    processingCountries: ["FR"]),
                Recipient(
                    id: "google-analytics", name: Localized(name: "Google Ireland Limited"), role: .processor,
                    service: text("Google Analytics (données non personnelles)", "Google Analytics (non personal data)"),
                    processingCountries: ["IE"], purposes: ["analytics"], dataCategories: ["activity"],
                    subProcessors: [SubProcessor(name: "Google LLC", processingCountries: ["US"])]),
                Recipient(
                    id: "immofacile", name: Localized(name: "Immofacile SAS"), role: .processor,
                    service: text("AC3 – Immofacile (CRM hébergé en France)", "AC3 – Immofacile (CRM hosted in France)"),
                    processingCountries: ["FR"], purposes: ["services", "answers"]),
                // ⚠ Hosting in Germany is the statement's word; the Québec parent and its remote access are
                // reported (catalogue notes), not verified.
                Recipient(
                    id: "dialog-insight", name: Localized(name: "Dialog Insight"), role: .processor,
                    service: text(
                        "Plateforme de marketing relationnel (envoi de courriels, parcours automatisés)",
                        "Data-marketing platform (e-mail campaigns, automated journeys)"),
                    processingCountries: ["DE"], purposes: ["mailings"],
                    subProcessors: [SubProcessor(name: "Dialog Insight Inc. (Québec)", processingCountries: ["CA"])]),
            ],
            retention: [
                Retention(
                    purposes: ["answers"], subject: text("Messages des formulaires", "Email messages sent from request forms"),
                    period: .months(3)),
                Retention(
                    purposes: ["services"], subject: text("Demandes des candidats", "Applicants' requests"),
                    criteria: text(
                        "Supprimées en cas de non-renouvellement de la demande selon la loi applicable",
                        "Deleted in case of non-renewal of the request according to applicable laws")),
                Retention(
                    purposes: ["services", "mailings"], subject: text("Données du CRM", "Data in our CRM"), period: .years(5),
                    startingEvent: text("l’inactivité", "inactivity")),
            ],
            rights: RightsExercise(
                channels: [.post(PostalAddress(lines: ["ZA de Puttilenea"], country: "FR"))],
                identityCheck: .everyRequest, responseDelay: .workingDays(15)),
            cookies: [
                Cookie(
                    name: Localized(name: "session"), provider: "Carmen Immobilier", category: .strictlyNecessary,
                    description: text("Session et authentification", "Session ID and authentication"), lifetime: nil,
                    sessionOnly: true, consentRequired: false),
                Cookie(
                    name: Localized(name: "google-analytics"), provider: "Google Ireland Limited", category: .audienceMeasurement,
                    description: text("Mesure d’audience via Google Analytics", "Audience measurement via Google Analytics"),
                    lifetime: nil, consentRequired: true),
                Cookie(
                    name: Localized(name: "advertising"), provider: "Facebook", category: .advertising,
                    description: text("Performance de nos campagnes publicitaires", "Performance of our advertising campaigns"),
                    lifetime: nil, consentRequired: true),
                Cookie(
                    name: Localized(name: "facebook-share"), provider: "Facebook", category: .social,
                    description: text("Partage sur Facebook", "Sharing on Facebook"), lifetime: nil, consentRequired: true),
                Cookie(
                    name: Localized(name: "twitter-share"), provider: "Twitter", category: .social,
                    description: text("Partage sur Twitter", "Sharing on Twitter"), lifetime: nil, consentRequired: true),
            ],
            cookieConsent: CookieConsent(
                mechanism: text(
                    "En poursuivant votre navigation sur ce site, vous acceptez l’utilisation de cookies pour vous proposer des contenus et services adaptés à vos centres d’intérêts. Vous pouvez refuser en quittant nos sites.",
                    "On your first connexion a banner informs you of cookies. You can deny your acceptation at this point leaving our websites. By using our websites, you give your consent."),
                refuseAsEasyAsAccept: false),
            security: [
                text(
                    "HTTPS et politique de sécurité interne (hébergement, supervision, VPN, pare-feu, habilitations)",
                    "HTTPS and our internal security policy (hosting, monitoring, VPN, firewall, personal habilitations)"),
            ])
    }
}
