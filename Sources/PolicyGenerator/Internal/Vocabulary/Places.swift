/// French towns with a postal code, and the streets agencies stand on.
enum Places {
    static let towns: [(locality: String, postalCode: String, register: String)] = [
        ("Bayonne", "64100", "Bayonne"), ("Biarritz", "64200", "Bayonne"), ("Anglet", "64600", "Bayonne"),
        ("Pau", "64000", "Pau"), ("Bordeaux", "33000", "Bordeaux"), ("Arcachon", "33120", "Bordeaux"),
        ("Toulouse", "31000", "Toulouse"), ("Montpellier", "34000", "Montpellier"), ("Nantes", "44000", "Nantes"),
        ("Rennes", "35000", "Rennes"), ("Lyon", "69002", "Lyon"), ("Annecy", "74000", "Annecy"),
        ("Grenoble", "38000", "Grenoble"), ("Lille", "59000", "Lille"), ("Strasbourg", "67000", "Strasbourg"),
        ("Nice", "06000", "Nice"), ("Marseille", "13001", "Marseille"), ("Aix-en-Provence", "13100", "Aix-en-Provence"),
        ("Paris", "75008", "Paris"), ("Paris", "75011", "Paris"), ("La Rochelle", "17000", "La Rochelle"),
        ("Tours", "37000", "Tours"), ("Dijon", "21000", "Dijon"), ("Reims", "51100", "Reims"),
    ]

    static let streets = [
        "rue Victor Hugo", "avenue de la République", "boulevard du Général de Gaulle", "place de la Mairie",
        "rue des Halles", "quai des Chartrons", "allée des Platanes", "rue du Port", "cours Jean Jaurès",
        "avenue Foch", "rue de la Paix", "rue Sainte-Catherine", "chemin des Vignes", "rue Gambetta",
    ]

    static let stems = [
        "Atlantique", "Horizon", "Azur", "Côte Basque", "Océane", "Pyrénées", "Garonne", "Belle Rive",
        "Saint-Michel", "Les Halles", "Bellevue", "Étoile", "Grand Sud", "Riviera", "Val de Loire",
        "Alpes", "Méditerranée", "Cité", "Lumière", "Carmen", "Leggett", "Marais", "Presqu’île", "Vauban",
    ]

    static let legalForms = ["SARL", "SAS", "SASU", "EURL", "SA"]
}
