import PolicyModel

/// The purposes agencies pursue, each with its legal basis and what that basis requires the statement to say.
enum PurposeCatalogue {
    struct Entry {
        var id: String
        var basis: LegalBasis
        var fr: String
        var en: String
        /// The kinds of data the purpose uses.
        var kinds: Set<DataKind>
        /// Legitimate interests: the interest pursued. Contract and legal obligation: what happens without the data.
        var detail: (fr: String, en: String)? = nil
        var marketing: [DirectMarketing.Channel] = []
        var keep: Keep
    }

    /// How long the purpose's data is kept.
    struct Keep {
        var period: Period?
        var from: (fr: String, en: String)?
        var criteria: (fr: String, en: String)? = nil
        var law: String? = nil
    }

    static let lastContact = (fr: "notre dernier contact", en: "our last contact")
    static let contractEnd = (fr: "la fin de la relation contractuelle", en: "the end of the contractual relationship")
    static let collection = (fr: "leur collecte", en: "their collection")

    static let all: [Entry] = [
        Entry(id: "contact-requests", basis: .contract, fr: "Répondre à vos demandes de contact et d’information",
              en: "Answering your contact and information requests", kinds: [.identity, .contact, .correspondence],
              detail: ("Sans ces données, nous ne pouvons pas répondre à votre demande.", "Without this data we cannot answer your request."),
              keep: Keep(period: .years(3), from: lastContact)),
        Entry(id: "valuations", basis: .contract, fr: "Estimer la valeur de votre bien", en: "Valuing your property",
              kinds: [.identity, .contact, .property],
              detail: ("Sans ces données, nous ne pouvons pas réaliser l’estimation.", "Without this data we cannot carry out the valuation."),
              keep: Keep(period: .years(3), from: lastContact)),
        Entry(id: "customer-account", basis: .contract, fr: "Gérer votre espace personnel", en: "Managing your personal account",
              kinds: [.identity, .contact, .credentials, .preferences],
              detail: ("Sans ces données, vous ne pouvez pas créer d’espace personnel.", "Without this data you cannot create a personal account."),
              keep: Keep(period: nil, from: nil, criteria: ("jusqu’à la clôture de votre compte, puis deux ans", "until your account is closed, then two years"))),
        Entry(id: "mandates", basis: .contract, fr: "Exécuter les mandats que vous nous confiez", en: "Performing the mandates you give us",
              kinds: [.identity, .contact, .property, .financial, .other],
              detail: ("Sans ces données, nous ne pouvons pas exécuter le mandat.", "Without this data we cannot perform the mandate."),
              keep: Keep(period: .years(5), from: contractEnd)),
        Entry(id: "bookings", basis: .contract, fr: "Réserver et organiser vos prestations", en: "Booking and organising your services",
              kinds: [.identity, .contact, .financial, .other],
              detail: ("Sans ces données, nous ne pouvons pas effectuer la réservation.", "Without this data we cannot make the booking."),
              keep: Keep(period: .years(5), from: contractEnd)),
        Entry(id: "rental-management", basis: .contract, fr: "Gérer la location de votre bien", en: "Managing the letting of your property",
              kinds: [.identity, .contact, .property, .financial],
              detail: ("Sans ces données, nous ne pouvons pas gérer la location.", "Without this data we cannot manage the letting."),
              keep: Keep(period: .years(5), from: contractEnd)),
        Entry(id: "tenant-applications", basis: .contract, fr: "Étudier les dossiers de candidature des locataires", en: "Assessing tenants’ applications",
              kinds: [.identity, .contact, .financial, .demographic],
              detail: ("Sans ces données, nous ne pouvons pas étudier votre dossier.", "Without this data we cannot assess your application."),
              keep: Keep(period: .months(3), from: (fr: "la décision sur le dossier", en: "the decision on the application"))),
        Entry(id: "job-applications", basis: .contract, fr: "Traiter les candidatures reçues", en: "Handling the applications we receive",
              kinds: [.identity, .contact, .other],
              detail: ("Sans ces données, nous ne pouvons pas examiner votre candidature.", "Without this data we cannot consider your application."),
              keep: Keep(period: .years(2), from: lastContact)),
        Entry(id: "appointments", basis: .contract, fr: "Organiser les rendez-vous et les visites", en: "Arranging appointments and visits",
              kinds: [.identity, .contact, .other],
              detail: ("Sans ces données, nous ne pouvons pas fixer de rendez-vous.", "Without this data we cannot arrange an appointment."),
              keep: Keep(period: .months(12), from: (fr: "le rendez-vous", en: "the appointment"))),
        Entry(id: "invoicing", basis: .legalObligation, fr: "Établir et conserver les factures", en: "Issuing and keeping invoices",
              kinds: [.identity, .contact, .financial],
              detail: ("Ces données sont exigées par la loi ; sans elles, nous ne pouvons pas facturer.", "The law requires this data; without it we cannot invoice."),
              keep: Keep(period: .years(10), from: (fr: "la clôture de l’exercice", en: "the end of the financial year"), law: "Code de commerce, art. L.123-22")),
        Entry(id: "anti-money-laundering", basis: .legalObligation, fr: "Vérifier l’identité des clients au titre de la lutte contre le blanchiment",
              en: "Verifying customers’ identity under anti-money-laundering law", kinds: [.identity, .financial, .demographic],
              detail: ("Ces vérifications sont imposées par la loi ; sans elles, nous ne pouvons pas conclure l’opération.", "The law imposes these checks; without them we cannot complete the transaction."),
              keep: Keep(period: .years(5), from: contractEnd, law: "CMF art. L.561-12")),
        Entry(id: "authority-requests", basis: .legalObligation, fr: "Répondre aux demandes des autorités", en: "Answering requests from the authorities",
              kinds: [.identity, .contact],
              detail: ("La loi nous impose de répondre à ces demandes.", "The law requires us to answer these requests."),
              keep: Keep(period: .years(1), from: (fr: "la demande", en: "the request"))),
        Entry(id: "accounting", basis: .legalObligation, fr: "Tenir notre comptabilité", en: "Keeping our accounts",
              kinds: [.financial],
              detail: ("Ces données sont exigées par la loi.", "The law requires this data."),
              keep: Keep(period: .years(10), from: (fr: "la clôture de l’exercice", en: "the end of the financial year"), law: "Code de commerce, art. L.123-22")),
        Entry(id: "newsletter", basis: .consent, fr: "Vous adresser notre lettre d’information", en: "Sending you our newsletter",
              kinds: [.identity, .contact, .preferences], marketing: [.email],
              keep: Keep(period: .years(3), from: lastContact)),
        Entry(id: "property-alerts", basis: .consent, fr: "Vous alerter des biens correspondant à vos critères", en: "Alerting you to properties that match your criteria",
              kinds: [.contact, .preferences], marketing: [.email, .sms],
              keep: Keep(period: .years(2), from: lastContact)),
        Entry(id: "audience-measurement", basis: .consent, fr: "Mesurer l’audience de nos sites", en: "Measuring the audience of our websites",
              kinds: [.browsing, .device], keep: Keep(period: .months(25), from: collection)),
        Entry(id: "targeted-advertising", basis: .consent, fr: "Vous présenter des publicités adaptées à vos centres d’intérêt", en: "Showing you advertising suited to your interests",
              kinds: [.browsing, .device, .preferences], keep: Keep(period: .months(13), from: collection)),
        Entry(id: "social-sharing", basis: .consent, fr: "Permettre le partage de nos annonces sur les réseaux sociaux", en: "Letting you share our listings on social networks",
              kinds: [.browsing, .socialProfile], keep: Keep(period: .months(13), from: collection)),
        Entry(id: "partner-offers", basis: .consent, fr: "Vous adresser les offres de nos partenaires", en: "Sending you our partners’ offers",
              kinds: [.identity, .contact], marketing: [.email, .post],
              keep: Keep(period: .years(3), from: lastContact)),
        Entry(id: "call-recording", basis: .consent, fr: "Enregistrer les appels pour former nos conseillers", en: "Recording calls to train our advisers",
              kinds: [.voiceRecording, .contact], keep: Keep(period: .months(6), from: (fr: "l’appel", en: "the call"))),
        Entry(id: "customer-reviews", basis: .consent, fr: "Publier les avis de nos clients", en: "Publishing our customers’ reviews",
              kinds: [.identity, .correspondence], keep: Keep(period: .years(3), from: (fr: "la publication", en: "publication"))),
        Entry(id: "customer-marketing", basis: .legitimateInterests, fr: "Informer nos clients de nos services analogues à ceux qu’ils ont déjà souscrits",
              en: "Telling our existing customers about services similar to those they have already taken", kinds: [.identity, .contact],
              detail: ("Fidéliser nos clients en leur présentant des services analogues à ceux qu’ils ont souscrits", "Retaining our existing customers by presenting services similar to those they have taken"),
              marketing: [.email, .phone],
              keep: Keep(period: .years(3), from: contractEnd)),
        Entry(id: "website-security", basis: .legitimateInterests, fr: "Assurer la sécurité de nos sites et prévenir la fraude", en: "Securing our websites and preventing fraud",
              kinds: [.device, .browsing],
              detail: ("Protéger nos sites, nos clients et nous-mêmes contre les attaques et la fraude", "Protecting our websites, our customers and ourselves against attacks and fraud"),
              keep: Keep(period: .months(12), from: collection)),
        Entry(id: "service-improvement", basis: .legitimateInterests, fr: "Améliorer nos services grâce à vos retours", en: "Improving our services from your feedback",
              kinds: [.correspondence, .preferences],
              detail: ("Améliorer la qualité de nos services", "Improving the quality of our services"),
              keep: Keep(period: .years(2), from: collection)),
        Entry(id: "litigation", basis: .legitimateInterests, fr: "Gérer les litiges et les contentieux", en: "Handling disputes and litigation",
              kinds: [.identity, .contact, .correspondence],
              detail: ("Constater, exercer ou défendre nos droits en justice", "Establishing, exercising or defending our legal claims"),
              keep: Keep(period: .years(5), from: (fr: "la clôture du dossier", en: "the closing of the case"), law: "Code civil, art. 2224")),
        Entry(id: "prospect-follow-up", basis: .legitimateInterests, fr: "Suivre les projets de nos prospects", en: "Following up our prospects’ projects",
              kinds: [.identity, .contact, .correspondence, .property],
              detail: ("Développer notre clientèle auprès des personnes qui nous ont contactés", "Growing our customer base among people who have contacted us"),
              keep: Keep(period: .years(3), from: lastContact)),
        Entry(id: "referrals", basis: .legitimateInterests, fr: "Gérer le programme de parrainage", en: "Running the referral programme",
              kinds: [.identity, .contact, .other],
              detail: ("Faire connaître nos services par nos clients", "Making our services known through our customers"),
              keep: Keep(period: .years(1), from: (fr: "la recommandation", en: "the referral"))),
        Entry(id: "statistics", basis: .legitimateInterests, fr: "Établir des statistiques commerciales", en: "Producing business statistics",
              kinds: [.demographic, .property, .preferences],
              detail: ("Piloter notre activité", "Managing our business"),
              keep: Keep(period: nil, from: nil, criteria: ("le temps de produire les statistiques, qui ne permettent plus ensuite de vous identifier", "the time needed to produce the statistics, which then no longer identify you"))),
        Entry(id: "cctv", basis: .legitimateInterests, fr: "Assurer la sécurité de nos agences", en: "Keeping our agencies secure",
              kinds: [.other],
              detail: ("Protéger les personnes et les biens dans nos locaux", "Protecting people and property on our premises"),
              keep: Keep(period: .days(30), from: (fr: "l’enregistrement", en: "recording"))),
        Entry(id: "satisfaction-surveys", basis: .legitimateInterests, fr: "Mesurer votre satisfaction", en: "Measuring your satisfaction",
              kinds: [.contact, .preferences],
              detail: ("Connaître l’avis de nos clients sur nos services", "Learning what our customers think of our services"),
              keep: Keep(period: .years(2), from: collection)),
    ]

    /// The purposes every agency has.
    static let essential: Set<String> = ["contact-requests", "authority-requests", "website-security"]

    /// The consent-based purpose each category of tracker that needs consent serves.
    static let trackerPurposes: [CookieCategory: String] = [
        .audienceMeasurement: "audience-measurement", .advertising: "targeted-advertising",
        .social: "social-sharing", .personalisation: "targeted-advertising",
    ]

    /// The purposes only an agency that profiles pursues.
    static let profiling: Set<String> = ["targeted-advertising"]
}
