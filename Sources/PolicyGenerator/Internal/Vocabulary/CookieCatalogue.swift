import PolicyModel

/// Trackers agency sites set, by CNIL category. `provider` `nil` means the site itself.
enum CookieCatalogue {
    struct Entry {
        var name: String
        var provider: String?
        var category: CookieCategory
        var fr: String
        var en: String
        /// `nil`: deleted when the browser closes.
        var lifetime: Period?
    }

    /// The categories that profile the visitor.
    static let profiling: Set<CookieCategory> = [.advertising, .personalisation]

    static let all: [Entry] = [
        Entry(name: "PHPSESSID", provider: nil, category: .strictlyNecessary, fr: "Maintient votre session", en: "Keeps your session", lifetime: nil),
        Entry(name: "XSRF-TOKEN", provider: nil, category: .strictlyNecessary, fr: "Protège les formulaires contre la falsification de requêtes", en: "Protects forms against request forgery", lifetime: nil),
        Entry(name: "cookie_consent", provider: nil, category: .strictlyNecessary, fr: "Conserve vos choix en matière de cookies", en: "Keeps your cookie choices", lifetime: .months(6)),
        Entry(name: "load_balancer", provider: nil, category: .strictlyNecessary, fr: "Répartit la charge entre nos serveurs", en: "Spreads the load across our servers", lifetime: nil),
        Entry(name: "cart", provider: nil, category: .strictlyNecessary, fr: "Conserve votre sélection pendant la réservation", en: "Keeps your selection during the booking", lifetime: .days(1)),
        Entry(name: "_ga", provider: "Google", category: .audienceMeasurement, fr: "Distingue les visiteurs pour la mesure d’audience", en: "Tells visitors apart for audience measurement", lifetime: .months(13)),
        Entry(name: "_gid", provider: "Google", category: .audienceMeasurement, fr: "Distingue les visiteurs sur 24 heures", en: "Tells visitors apart over 24 hours", lifetime: .days(1)),
        Entry(name: "_pk_id", provider: "Matomo", category: .audienceMeasurement, fr: "Mesure d’audience du site", en: "Measures the audience of the site", lifetime: .months(13)),
        Entry(name: "_pk_ses", provider: "Matomo", category: .audienceMeasurement, fr: "Mesure de la visite en cours", en: "Measures the current visit", lifetime: .days(1)),
        Entry(name: "_hjSessionUser", provider: "Hotjar", category: .audienceMeasurement, fr: "Analyse l’utilisation des pages du site", en: "Analyses how the site’s pages are used", lifetime: .months(12)),
        Entry(name: "_fbp", provider: "Meta", category: .advertising, fr: "Mesure et ciblage des publicités Facebook", en: "Measures and targets Facebook advertising", lifetime: .months(3)),
        Entry(name: "IDE", provider: "Google", category: .advertising, fr: "Publicité ciblée sur les sites partenaires", en: "Targeted advertising on partner sites", lifetime: .months(13)),
        Entry(name: "_gcl_au", provider: "Google", category: .advertising, fr: "Mesure des conversions publicitaires", en: "Measures advertising conversions", lifetime: .months(3)),
        Entry(name: "criteo_id", provider: "Criteo", category: .advertising, fr: "Reciblage publicitaire", en: "Advertising retargeting", lifetime: .months(13)),
        Entry(name: "li_gc", provider: "LinkedIn", category: .social, fr: "Mémorise votre consentement aux modules LinkedIn", en: "Remembers your consent to LinkedIn plug-ins", lifetime: .months(6)),
        Entry(name: "fr", provider: "Meta", category: .social, fr: "Modules sociaux Facebook", en: "Facebook social plug-ins", lifetime: .months(3)),
        Entry(name: "VISITOR_INFO1_LIVE", provider: "Google", category: .social, fr: "Lecture des vidéos intégrées", en: "Plays embedded videos", lifetime: .months(6)),
        Entry(name: "lang", provider: nil, category: .personalisation, fr: "Mémorise la langue choisie", en: "Remembers the language chosen", lifetime: .months(12)),
        Entry(name: "favorites", provider: nil, category: .personalisation, fr: "Conserve vos annonces favorites", en: "Keeps your favourite listings", lifetime: .months(6)),
        Entry(name: "recently_viewed", provider: nil, category: .personalisation, fr: "Affiche les annonces récemment consultées", en: "Shows the listings you viewed recently", lifetime: .months(1)),
    ]
}
