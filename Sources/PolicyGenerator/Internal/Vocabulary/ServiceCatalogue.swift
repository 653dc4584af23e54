import PolicyModel

/// The kinds of service providers and partners agencies name, beyond the catalogue's processors.
enum ServiceCatalogue {
    struct Kind {
        var key: String
        var role: RecipientRole
        var fr: String
        var en: String
        /// The purposes it serves when the policy has them.
        var purposes: [String]
        /// Words for a company name: `Cloud`, `Pay`.
        var nameWords: [String]
    }

    static let kinds: [Kind] = [
        Kind(key: "hosting", role: .processor, fr: "Hébergement des données", en: "Data hosting",
             purposes: ["contact-requests", "customer-account", "website-security"], nameWords: ["Cloud", "Hosting", "Datacenter"]),
        Kind(key: "crm", role: .processor, fr: "Logiciel de gestion de la relation client", en: "Customer relationship management software",
             purposes: ["contact-requests", "prospect-follow-up", "customer-marketing", "mandates"], nameWords: ["CRM", "Relation", "Contacts"]),
        Kind(key: "emailing", role: .processor, fr: "Envoi de courriels et de SMS", en: "E-mail and text message delivery",
             purposes: ["newsletter", "property-alerts", "partner-offers", "customer-marketing"], nameWords: ["Mail", "Send", "Messaging"]),
        Kind(key: "payment", role: .processor, fr: "Paiement en ligne", en: "Online payment",
             purposes: ["bookings", "invoicing"], nameWords: ["Pay", "Payments", "Checkout"]),
        Kind(key: "accounting", role: .processor, fr: "Tenue de la comptabilité", en: "Bookkeeping",
             purposes: ["accounting", "invoicing"], nameWords: ["Compta", "Ledger", "Expertise"]),
        Kind(key: "call-centre", role: .processor, fr: "Centre d’appels et permanence téléphonique", en: "Call centre and answering service",
             purposes: ["contact-requests", "call-recording", "appointments", "satisfaction-surveys"], nameWords: ["Call", "Phone", "Voice"]),
        Kind(key: "support", role: .processor, fr: "Outil d’assistance et de messagerie instantanée", en: "Help desk and live chat tool",
             purposes: ["contact-requests", "service-improvement"], nameWords: ["Desk", "Chat", "Support"]),
        Kind(key: "e-signature", role: .processor, fr: "Signature électronique des contrats", en: "Electronic signature of contracts",
             purposes: ["mandates", "rental-management", "bookings"], nameWords: ["Sign", "Seal", "Contract"]),
        Kind(key: "surveys", role: .processor, fr: "Enquêtes de satisfaction", en: "Satisfaction surveys",
             purposes: ["satisfaction-surveys", "customer-reviews"], nameWords: ["Survey", "Feedback", "Opinion"]),
        Kind(key: "recruiting", role: .processor, fr: "Logiciel de recrutement", en: "Recruitment software",
             purposes: ["job-applications"], nameWords: ["Talent", "Jobs", "Hire"]),
        Kind(key: "advertising", role: .independentController, fr: "Régie publicitaire", en: "Advertising network",
             purposes: ["targeted-advertising"], nameWords: ["Ads", "Media", "Reach"]),
        Kind(key: "listing-portal", role: .independentController, fr: "Portail de diffusion des annonces", en: "Listings portal",
             purposes: ["mandates", "prospect-follow-up", "valuations"], nameWords: ["Annonces", "Portail", "Listings"]),
        Kind(key: "bank", role: .independentController, fr: "Établissement bancaire partenaire", en: "Partner bank",
             purposes: ["anti-money-laundering", "rental-management"], nameWords: ["Banque", "Crédit", "Finance"]),
        Kind(key: "insurer", role: .independentController, fr: "Assureur partenaire", en: "Partner insurer",
             purposes: ["rental-management", "bookings", "partner-offers"], nameWords: ["Assurances", "Mutuelle", "Garantie"]),
        Kind(key: "notary", role: .independentController, fr: "Office notarial", en: "Notary’s office",
             purposes: ["mandates", "anti-money-laundering"], nameWords: ["Notaires", "Étude", "Office"]),
        Kind(key: "network", role: .jointController, fr: "Réseau d’agences partenaires", en: "Partner agency network",
             purposes: ["prospect-follow-up", "referrals", "statistics"], nameWords: ["Réseau", "Alliance", "Partners"]),
        Kind(key: "auditor", role: .independentController, fr: "Commissaire aux comptes", en: "Statutory auditor",
             purposes: ["accounting"], nameWords: ["Audit", "Révision", "Expertise"]),
        Kind(key: "security", role: .processor, fr: "Télésurveillance des agences", en: "Remote monitoring of the agencies",
             purposes: ["cctv"], nameWords: ["Sécurité", "Vigilance", "Protect"]),
    ]

    static let nameStems = [
        "Nuvola", "Altaïr", "Kalyx", "Boreal", "Orizon", "Zephyr", "Lumen", "Quartz", "Helix", "Nexa", "Vertex",
        "Solstice", "Arpège", "Cobalt", "Mistral", "Opale", "Sirius", "Talisman", "Ubiq", "Vega", "Wave", "Xylo",
    ]

    /// Where providers process data: mostly in the EEA, some in adequate countries, some elsewhere.
    static let eeaCountries: [CountryCode] = ["FR", "FR", "FR", "FR", "DE", "IE", "NL", "BE", "ES", "IT", "PL", "PT", "LU", "SE"]
    static let thirdCountries: [CountryCode] = ["US", "US", "US", "CA", "GB", "GB", "JP", "CH", "IN", "MA", "TN", "SG", "AU", "IL", "KR", "NZ"]

    /// Companies providers rely on, with where they process the data.
    static let subProcessors: [SubProcessor] = [
        SubProcessor(name: "Amazon Web Services EMEA SARL", processingCountries: ["IE", "DE"]),
        SubProcessor(name: "Amazon Web Services, Inc.", processingCountries: ["US"]),
        SubProcessor(name: "Microsoft Corporation", processingCountries: ["US"]),
        SubProcessor(name: "Twilio Inc.", processingCountries: ["US"]),
        SubProcessor(name: "OVH Hosting Inc.", processingCountries: ["CA"]),
        SubProcessor(name: "Freshworks Technologies Pvt Ltd", processingCountries: ["IN"]),
        SubProcessor(name: "Scaleway SAS", processingCountries: ["FR"]),
        SubProcessor(name: "Hetzner Online GmbH", processingCountries: ["DE"]),
    ]

    /// The legal form a company has in a country.
    static func legalForm(for country: CountryCode) -> String {
        switch country.alpha2 {
        case "FR", "LU", "BE": "SAS"
        case "DE", "CH": "GmbH"
        case "IE", "GB", "IN", "SG": "Ltd"
        case "US", "CA": "Inc."
        case "JP": "K.K."
        case "NL": "B.V."
        case "ES": "S.L."
        case "IT": "S.r.l."
        default: "S.A."
        }
    }
}
