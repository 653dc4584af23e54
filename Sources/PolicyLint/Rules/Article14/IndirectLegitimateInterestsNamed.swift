import PolicyModel

/// GDPR Art. 14(2)(b): the Art. 14 counterpart of ``LegitimateInterestsNamed``, for data not obtained from the person.
extension Article14Twin where Base == LegitimateInterestsNamed {
    static var legitimateInterestsNamed: Self {
        Article14Twin(
            base: LegitimateInterestsNamed(), id: "GDPR-14-2-b", articles: ["GDPR Art. 14(2)(b)", "GDPR Art. 14(3)"],
            summary: "Name each legitimate interest to people whose data comes from elsewhere.",
            explanation: RuleExplanation(
                """
                When data comes from a third party (policy sources of kind `thirdParty`), Art. 14 asks for the \
                same item as Art. 13 does for data collected from the person. The check is the one of \
                LegitimateInterestsNamed; findings carry this identifier.
                """,
                quotes: [LegalQuote(
                    "GDPR Art. 14(2)(b)",
                    fr: "En plus des informations visées au paragraphe 1, le responsable du traitement fournit à la personne concernée les informations suivantes nécessaires pour garantir un traitement équitable et transparent à l'égard de la personne concernée" + " : lorsque le traitement est fondé sur l'article 6, paragraphe 1, point f), les intérêts légitimes poursuivis par le responsable du traitement ou par un tiers",
                    en: "In addition to the information referred to in paragraph 1, the controller shall provide the data subject with the following information necessary to ensure fair and transparent processing in respect of the data subject" + ": where the processing is based on point (f) of Article 6(1), the legitimate interests pursued by the controller or by a third party")]))
    }
}
