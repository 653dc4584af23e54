import PolicyModel

extension SampleModel {
    static var purposes: [Purpose] {
        [
            Purpose(id: "mandates", description: Localized(fr: "Gérer vos mandats", en: "Managing your mandates"),
                    dataCategories: ["identity", "contact"], legalBasis: .contract, requirement: .contractPrerequisite,
                    consequencesOfNotProviding: Localized(fr: "Nous ne pouvons pas signer le mandat.", en: "We cannot sign the mandate.")),
            Purpose(id: "anti-money-laundering", description: Localized(fr: "Lutter contre le blanchiment", en: "Preventing money laundering"),
                    dataCategories: ["identity"], legalBasis: .legalObligation, requirement: .statutory),
            Purpose(id: "newsletter", description: Localized(fr: "Vous adresser notre lettre d'information", en: "Sending you our newsletter"),
                    dataCategories: ["contact"], legalBasis: .consent,
                    consentWithdrawal: Localized(fr: "Lien de désinscription dans chaque courriel", en: "Unsubscribe link in every e-mail"),
                    directMarketing: DirectMarketing(channels: [.email], optOut: Localized(fr: "Cliquez sur « se désinscrire ».", en: "Click “unsubscribe”."))),
            Purpose(id: "matching", description: Localized(fr: "Vous proposer des biens adaptés", en: "Suggesting suitable properties"),
                    dataCategories: ["contact", "browsing"], legalBasis: .legitimateInterests,
                    legitimateInterest: Localized(fr: "Développer notre activité", en: "Growing our business")),
            Purpose(id: "statistics", description: Localized(fr: "Mesurer l'audience du site", en: "Measuring website audience"),
                    dataCategories: ["browsing"], legalBasis: .consent,
                    consentWithdrawal: Localized(fr: "Gestionnaire de cookies en bas de page", en: "Cookie settings at the foot of each page")),
            Purpose(id: "accessibility", description: Localized(fr: "Adapter les visites à votre handicap", en: "Adapting visits to your disability"),
                    dataCategories: ["health"], legalBasis: .consent,
                    consentWithdrawal: Localized(fr: "Sur simple demande", en: "On request"),
                    specialCategoryCondition: .explicitConsent),
        ]
    }

    static var recipients: [Recipient] {
        [
            Recipient(id: "staff", name: Localized(fr: "Nos négociateurs", en: "Our negotiators"), role: .internalDepartment,
                      service: Localized(fr: "Suivi de vos dossiers", en: "Handling your files"), processingCountries: ["FR"]),
            Recipient(id: "hosting", name: Localized(name: "OVH SAS"), role: .processor,
                      service: Localized(fr: "Hébergement du site", en: "Website hosting"), processingCountries: ["FR"]),
            Recipient(id: "analytics", name: Localized(name: "Google Ireland Limited"), role: .processor,
                      service: Localized(fr: "Mesure d'audience", en: "Audience measurement"), processingCountries: ["IE"],
                      subProcessors: [SubProcessor(name: "Google LLC", processingCountries: ["US"])],
                      privacyNotice: web("https://policies.google.com/privacy")),
            Recipient(id: "mailer", name: Localized(name: "Mailer Inc."), role: .processor,
                      service: Localized(fr: "Envoi de courriels", en: "E-mail delivery"), processingCountries: ["US"]),
        ]
    }
}
