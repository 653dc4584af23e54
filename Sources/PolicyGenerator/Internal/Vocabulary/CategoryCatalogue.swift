import PolicyModel

/// The data categories agencies collect, more than any one policy declares.
enum CategoryCatalogue {
    struct Entry {
        var id: String
        var kind: DataKind
        var fr: String
        var en: String
        var examples: [(String, String)] = []
    }

    static let all: [Entry] = [
        Entry(id: "identity", kind: .identity, fr: "Nom et prénom", en: "First and last name"),
        Entry(id: "civility", kind: .identity, fr: "Civilité", en: "Title"),
        Entry(id: "birth-date", kind: .demographic, fr: "Date de naissance", en: "Date of birth"),
        Entry(id: "nationality", kind: .demographic, fr: "Nationalité", en: "Nationality"),
        Entry(id: "family-situation", kind: .demographic, fr: "Situation familiale", en: "Family situation",
              examples: [("nombre d’enfants", "number of children"), ("régime matrimonial", "matrimonial regime")]),
        Entry(id: "profession", kind: .demographic, fr: "Profession et employeur", en: "Occupation and employer"),
        Entry(id: "email", kind: .contact, fr: "Adresse électronique", en: "E-mail address"),
        Entry(id: "phone", kind: .contact, fr: "Numéro de téléphone", en: "Telephone number"),
        Entry(id: "postal-address", kind: .contact, fr: "Adresse postale", en: "Postal address"),
        Entry(id: "caller-number", kind: .contact, fr: "Numéro depuis lequel vous nous appelez", en: "Number you call us from"),
        Entry(id: "account", kind: .credentials, fr: "Identifiants de votre espace personnel", en: "Your personal account credentials"),
        Entry(id: "identity-document", kind: .identity, fr: "Pièce d’identité", en: "Identity document",
              examples: [("carte nationale d’identité", "national identity card"), ("passeport", "passport")]),
        Entry(id: "income", kind: .financial, fr: "Revenus et avis d’imposition", en: "Income and tax notices"),
        Entry(id: "bank-details", kind: .financial, fr: "Coordonnées bancaires", en: "Bank details",
              examples: [("IBAN", "IBAN"), ("BIC", "BIC")]),
        Entry(id: "payment", kind: .financial, fr: "Données de paiement", en: "Payment data",
              examples: [("quatre derniers chiffres de la carte", "last four digits of the card")]),
        Entry(id: "invoices", kind: .financial, fr: "Factures et historique des règlements", en: "Invoices and payment history"),
        Entry(id: "property", kind: .property, fr: "Caractéristiques du bien", en: "Property details",
              examples: [("surface", "floor area"), ("nombre de pièces", "number of rooms"), ("adresse du bien", "property address")]),
        Entry(id: "title-deeds", kind: .property, fr: "Titre de propriété et diagnostics", en: "Title deeds and surveys"),
        Entry(id: "tenancy", kind: .property, fr: "Bail et état des lieux", en: "Lease and inventory"),
        Entry(id: "request", kind: .correspondence, fr: "Objet et contenu de votre demande", en: "Subject and content of your request",
              examples: [("message", "message"), ("commune recherchée", "town searched")]),
        Entry(id: "correspondence", kind: .correspondence, fr: "Échanges avec nos conseillers", en: "Exchanges with our advisers"),
        Entry(id: "reviews", kind: .correspondence, fr: "Avis et notes que vous publiez", en: "Reviews and ratings you publish"),
        Entry(id: "disputes", kind: .correspondence, fr: "Litiges et contestations", en: "Disputes"),
        Entry(id: "preferences", kind: .preferences, fr: "Recherches, favoris et alertes enregistrés", en: "Saved searches, favourites and alerts"),
        Entry(id: "marketing-preferences", kind: .preferences, fr: "Préférences de communication", en: "Communication preferences"),
        Entry(id: "interests", kind: .preferences, fr: "Centres d’intérêt déclarés", en: "Stated interests"),
        Entry(id: "device", kind: .device, fr: "Données techniques de votre appareil", en: "Technical data about your device",
              examples: [("adresse IP", "IP address"), ("type et version du navigateur", "browser type and version")]),
        Entry(id: "browsing", kind: .browsing, fr: "Données de navigation sur nos sites", en: "Browsing data on our websites",
              examples: [("pages consultées", "pages visited"), ("durée des visites", "length of visits")]),
        Entry(id: "advertising-ids", kind: .browsing, fr: "Identifiants publicitaires", en: "Advertising identifiers"),
        Entry(id: "email-engagement", kind: .browsing, fr: "Ouvertures et clics dans nos courriels", en: "Opens and clicks in our e-mails"),
        Entry(id: "approximate-location", kind: .location, fr: "Localisation approximative", en: "Approximate location",
              examples: [("ville déduite de l’adresse IP", "town inferred from the IP address")]),
        Entry(id: "call-recordings", kind: .voiceRecording, fr: "Enregistrements des appels", en: "Call recordings"),
        Entry(id: "social-profile", kind: .socialProfile, fr: "Page publique sur les réseaux sociaux", en: "Public social-network page"),
        Entry(id: "cv", kind: .other, fr: "Curriculum vitae et lettre de motivation", en: "CV and cover letter"),
        Entry(id: "diplomas", kind: .other, fr: "Diplômes et expériences professionnelles", en: "Qualifications and work experience"),
        Entry(id: "travel-documents", kind: .other, fr: "Documents de voyage", en: "Travel documents",
              examples: [("numéro de passeport", "passport number"), ("dates de séjour", "travel dates")]),
        Entry(id: "loyalty", kind: .other, fr: "Données du programme de fidélité", en: "Loyalty programme data"),
        Entry(id: "contract-data", kind: .other, fr: "Données du contrat", en: "Contract data",
              examples: [("date de signature", "signing date"), ("numéro de mandat", "mandate number")]),
        Entry(id: "visit-appointments", kind: .other, fr: "Rendez-vous et visites", en: "Appointments and visits"),
        Entry(id: "sponsorship", kind: .other, fr: "Coordonnées des filleuls que vous nous recommandez", en: "Details of people you refer to us"),
        Entry(id: "survey-answers", kind: .preferences, fr: "Réponses aux enquêtes de satisfaction", en: "Satisfaction survey answers"),
        Entry(id: "video-surveillance", kind: .other, fr: "Images de vidéoprotection de l’agence", en: "Agency CCTV footage"),
    ]

    /// The categories every agency has: a contact form needs them.
    static let essential: Set<String> = ["identity", "email", "phone", "request", "browsing", "device"]

    /// The categories only an agency that profiles collects.
    static let profiling: Set<String> = ["interests", "advertising-ids"]
}
