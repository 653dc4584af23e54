/// The trades of the agencies generated, with words their names and statements use.
struct Sector {
    /// The word in a trade name: `Immobilier`, `Voyages`.
    var tradeWord: String
    /// What the agency does, in a sentence fragment.
    var activity: (fr: String, en: String)
    /// What the person's file is about: `votre projet immobilier`.
    var project: (fr: String, en: String)

    static let all: [Sector] = [
        Sector(
            tradeWord: "Immobilier", activity: ("Agence immobilière", "Estate agency"),
            project: ("votre projet immobilier", "your property project")),
        Sector(
            tradeWord: "Voyages", activity: ("Agence de voyages", "Travel agency"),
            project: ("votre voyage", "your trip")),
        Sector(
            tradeWord: "Conseil", activity: ("Cabinet de conseil", "Consultancy"),
            project: ("votre mission", "your assignment")),
        Sector(
            tradeWord: "Assurances", activity: ("Cabinet de courtage en assurances", "Insurance brokerage"),
            project: ("votre contrat d’assurance", "your insurance contract")),
        Sector(
            tradeWord: "Recrutement", activity: ("Cabinet de recrutement", "Recruitment agency"),
            project: ("votre candidature", "your application")),
        Sector(
            tradeWord: "Digital", activity: ("Agence web", "Web agency"),
            project: ("votre projet web", "your web project")),
        Sector(
            tradeWord: "Patrimoine", activity: ("Gestion de patrimoine", "Wealth management"),
            project: ("votre bilan patrimonial", "your wealth review")),
    ]
}
