import PolicyModel

/// Service providers that policies name, with what is known of each.
///
/// Facts marked ⚠ come from the project's reference notes or from a controller's own statement and
/// have not been checked against the provider's contracts.
public enum Processors {
    public static func entry(_ key: String) -> CatalogueEntry? { all.first { $0.key == key } }

    public static let all: [CatalogueEntry] = [
        googleAnalytics, immofacile, dialogInsight, metaPlatforms, brevo, ovhcloud, mailchimp,
    ]

    /// Google Analytics. For EEA customers the contracting entity is Google Ireland Limited, acting as
    /// processor under the Google Ads Data Processing Terms; sub-processor Google LLC, with data
    /// centres in the United States. ⚠ Google LLC's DPF participation is reported, not checked.
    public static let googleAnalytics = CatalogueEntry(
        key: "google-analytics", product: "Google Analytics", legalEntity: "Google Ireland Limited",
        role: .processor,
        service: Localized(fr: "Mesure d’audience du site", en: "Website audience measurement"),
        processingCountries: ["IE"],
        subProcessors: [SubProcessor(name: "Google LLC", processingCountries: ["US"])],
        privacyNotice: WebAddress("https://policies.google.com/privacy"),
        dataPrivacyFramework: .reportedCertified(importer: "Google LLC"))

    /// Immofacile SAS ("formerly AC3"), French publisher of CRM software for estate agents.
    /// ⚠ Head office and hosting not verified; the Carmen Immobilier statement says "hosted in France".
    public static let immofacile = CatalogueEntry(
        key: "immofacile", product: "AC3 – Immofacile", legalEntity: "Immofacile SAS", role: .processor,
        service: Localized(
            fr: "Logiciel de gestion de la relation client pour agences immobilières",
            en: "Customer relationship management software for estate agencies"),
        processingCountries: [])

    /// Dialog Insight, a data-marketing platform with behavioural tracking ("journeys").
    /// ⚠ Reported to be a Québec (Canada) company; hosting location not verified (the Carmen
    /// Immobilier statement says Germany). Remote access from Canada would be a transfer.
    public static let dialogInsight = CatalogueEntry(
        key: "dialog-insight", product: "Dialog Insight", legalEntity: "Dialog Insight", role: .processor,
        service: Localized(
            fr: "Plateforme de marketing relationnel (envoi de courriels, parcours automatisés)",
            en: "Data-marketing platform (e-mail campaigns, automated journeys)"),
        processingCountries: [])

    /// Facebook social plug-ins. Meta Platforms Ireland Limited decides with the site on the
    /// collection and transmission by its plug-ins (CJEU C-40/17, Fashion ID): joint controller.
    public static let metaPlatforms = CatalogueEntry(
        key: "meta-platforms", product: "Facebook", legalEntity: "Meta Platforms Ireland Limited",
        role: .jointController,
        service: Localized(fr: "Modules sociaux et partage", en: "Social plug-ins and sharing"),
        processingCountries: ["IE"],
        subProcessors: [SubProcessor(name: "Meta Platforms, Inc.", processingCountries: ["US"])],
        privacyNotice: WebAddress("https://www.facebook.com/privacy/policy/"),
        dataPrivacyFramework: .reportedCertified(importer: "Meta Platforms, Inc."))

    /// Brevo (formerly Sendinblue), French e-mail platform. ⚠ Hosting in the EU not verified.
    public static let brevo = CatalogueEntry(
        key: "brevo", product: "Brevo", legalEntity: "Sendinblue SAS", role: .processor,
        service: Localized(fr: "Envoi de courriels", en: "E-mail delivery"), processingCountries: ["FR"])

    /// OVHcloud, French hosting provider. ⚠ Data-centre country depends on the offer chosen.
    public static let ovhcloud = CatalogueEntry(
        key: "ovhcloud", product: "OVHcloud", legalEntity: "OVH SAS", role: .processor,
        service: Localized(fr: "Hébergement du site", en: "Website hosting"), processingCountries: ["FR"])

    /// Mailchimp, US e-mail platform. ⚠ DPF participation reported, not checked.
    public static let mailchimp = CatalogueEntry(
        key: "mailchimp", product: "Mailchimp", legalEntity: "The Rocket Science Group LLC", role: .processor,
        service: Localized(fr: "Envoi de courriels", en: "E-mail delivery"), processingCountries: ["US"],
        privacyNotice: WebAddress("https://www.intuit.com/privacy/statement/"),
        dataPrivacyFramework: .reportedCertified(importer: "The Rocket Science Group LLC"))
}
