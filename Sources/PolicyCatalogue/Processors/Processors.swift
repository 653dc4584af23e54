import PolicyModel

/// Service providers that policies name, with what is known of each.
///
/// Entries hold only what the project's reference notes (processor section) state. Facts marked ⚠
/// are unverified: the notes mark them so, they come from a controller's own statement, or (for the
/// entries no shipped policy uses) the notes do not cover them at all.
public enum Processors {
    public static func entry(_ key: String) -> CatalogueEntry? { all.first { $0.key == key } }

    public static let all: [CatalogueEntry] = [
        googleAnalytics, immofacile, dialogInsight, metaPlatforms, brevo, ovhcloud, mailchimp,
    ]

    /// Google Analytics. For EEA customers the contracting entity is Google Ireland Limited, acting as
    /// processor under the Google Ads Data Processing Terms; sub-processor Google LLC, whose data
    /// centres include the United States. ⚠ Google LLC's DPF participation is reported, not checked.
    /// The reference notes give no processing location for Google Ireland Limited itself and no privacy
    /// notice address: a policy that names this entry declares its location missing or states it.
    public static let googleAnalytics = CatalogueEntry(
        key: "google-analytics", product: "Google Analytics", legalEntity: "Google Ireland Limited",
        role: .processor,
        service: Localized(fr: "Mesure d’audience du site", en: "Website audience measurement"),
        processingCountries: [],
        subProcessors: [SubProcessor(name: "Google LLC", processingCountries: ["US"])],
        dataPrivacyFramework: .reportedCertified(importer: "Google LLC"))

    /// Immofacile SAS ("formerly AC3"), French publisher of CRM software for estate agents.
    /// ⚠ Head office and hosting not verified; the Carmen Immobilier statement says "hosted in France".
    public static let immofacile = CatalogueEntry(
        key: "immofacile", product: "AC3 – Immofacile", legalEntity: "Immofacile SAS", role: .processor,
        service: Localized(
            fr: "Logiciel de gestion de la relation client pour agences immobilières",
            en: "Customer relationship management software for estate agencies"),
        processingCountries: [])

    /// Dialog Insight, a data-marketing platform. The reference notes add that the platform offers
    /// behavioural tracking ("journeys"), which is profiling; whether a customer uses it is that
    /// customer's fact, so the service text does not claim it.
    /// ⚠ Reported to be a Québec (Canada) company; hosting location not verified (the Carmen
    /// Immobilier statement says Germany). Remote access from Canada would be a transfer.
    public static let dialogInsight = CatalogueEntry(
        key: "dialog-insight", product: "Dialog Insight", legalEntity: "Dialog Insight", role: .processor,
        service: Localized(
            fr: "Plateforme de marketing fondé sur les données",
            en: "Data-marketing platform"),
        processingCountries: [])

    /// Facebook social plug-ins. Meta Platforms Ireland Limited decides with the site on the
    /// collection and transmission by its plug-ins (CJEU C-40/17, Fashion ID): joint controller.
    /// ⚠ Not in the project's reference notes: legal entity, role, locations, sub-processor, notice
    /// address and DPF status all unverified. No shipped policy uses this entry.
    public static let metaPlatforms = CatalogueEntry(
        key: "meta-platforms", product: "Facebook", legalEntity: "Meta Platforms Ireland Limited",
        role: .jointController,
        service: Localized(fr: "Modules sociaux et partage", en: "Social plug-ins and sharing"),
        processingCountries: ["IE"],
        subProcessors: [SubProcessor(name: "Meta Platforms, Inc.", processingCountries: ["US"])],
        privacyNotice: WebAddress("https://www.facebook.com/privacy/policy/"),
        dataPrivacyFramework: .reportedCertified(importer: "Meta Platforms, Inc."))

    /// Brevo (formerly Sendinblue), French e-mail platform. ⚠ Not in the project's reference notes:
    /// legal entity and hosting unverified. No shipped policy uses this entry.
    public static let brevo = CatalogueEntry(
        key: "brevo", product: "Brevo", legalEntity: "Sendinblue SAS", role: .processor,
        service: Localized(fr: "Envoi de courriels", en: "E-mail delivery"), processingCountries: ["FR"])

    /// OVHcloud, French hosting provider. ⚠ Not in the project's reference notes: legal entity
    /// unverified, and the data-centre country depends on the offer chosen. No shipped policy uses this entry.
    public static let ovhcloud = CatalogueEntry(
        key: "ovhcloud", product: "OVHcloud", legalEntity: "OVH SAS", role: .processor,
        service: Localized(fr: "Hébergement du site", en: "Website hosting"), processingCountries: ["FR"])

    /// Mailchimp, US e-mail platform. ⚠ Not in the project's reference notes: legal entity, location,
    /// notice address and DPF participation unverified. No shipped policy uses this entry.
    public static let mailchimp = CatalogueEntry(
        key: "mailchimp", product: "Mailchimp", legalEntity: "The Rocket Science Group LLC", role: .processor,
        service: Localized(fr: "Envoi de courriels", en: "E-mail delivery"), processingCountries: ["US"],
        privacyNotice: WebAddress("https://www.intuit.com/privacy/statement/"),
        dataPrivacyFramework: .reportedCertified(importer: "The Rocket Science Group LLC"))
}
