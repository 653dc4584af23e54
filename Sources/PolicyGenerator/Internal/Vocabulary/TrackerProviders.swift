import PolicyCatalogue
import PolicyModel

/// The companies behind third-party trackers, as recipients: a provider that sets a tracker receives
/// at least the identifier and the pages visited (Art. 4(9)), so the statement lists it.
enum TrackerProviders {
    /// The recipient entry for each `provider` name the cookie catalogue uses; the entry's legal
    /// entity contains the provider's name, which is how the linter ties a tracker to its recipient.
    static let entries: [String: CatalogueEntry] = [
        "Google": Processors.googleAnalytics,
        "Meta": Processors.metaPlatforms,
        "Matomo": CatalogueEntry(
            key: "matomo", product: "Matomo Cloud", legalEntity: "InnoCraft Ltd (Matomo)", role: .processor,
            service: Localized(fr: "Mesure d’audience du site", en: "Website audience measurement"),
            processingCountries: ["DE"]),
        "Hotjar": CatalogueEntry(
            key: "hotjar", product: "Hotjar", legalEntity: "Hotjar Ltd", role: .processor,
            service: Localized(fr: "Analyse de l’utilisation du site", en: "Analysis of how the site is used"),
            processingCountries: ["IE"]),
        "Criteo": CatalogueEntry(
            key: "criteo", product: "Criteo", legalEntity: "Criteo SA", role: .jointController,
            service: Localized(fr: "Reciblage publicitaire", en: "Advertising retargeting"), processingCountries: ["FR"],
            privacyNotice: WebAddress("https://www.criteo.com/privacy/")),
        "LinkedIn": CatalogueEntry(
            key: "linkedin", product: "LinkedIn", legalEntity: "LinkedIn Ireland Unlimited Company",
            role: .jointController,
            service: Localized(fr: "Modules sociaux LinkedIn", en: "LinkedIn social plug-ins"), processingCountries: ["IE"],
            subProcessors: [SubProcessor(name: "LinkedIn Corporation", processingCountries: ["US"])],
            privacyNotice: WebAddress("https://www.linkedin.com/legal/privacy-policy")),
    ]
}
