import PolicyModel

/// GDPR Art. 14(2)(e): the Art. 14 counterpart of ``RightToLodgeComplaint``, for data not obtained from the person.
extension Article14Twin where Base == RightToLodgeComplaint {
    static var rightToLodgeComplaint: Self {
        Article14Twin(
            base: RightToLodgeComplaint(), id: "GDPR-14-2-e", articles: ["GDPR Art. 14(2)(e)", "GDPR Art. 14(3)"],
            summary: "Name the supervisory authority to people whose data comes from elsewhere.",
            explanation: RuleExplanation(
                """
                When data comes from a third party (policy sources of kind `thirdParty`), Art. 14 asks for the \
                same item as Art. 13 does for data collected from the person. The check is the one of \
                RightToLodgeComplaint; findings carry this identifier.
                """,
                quotes: [LegalQuote(
                    "GDPR Art. 14(2)(e)",
                    fr: "En plus des informations visées au paragraphe 1, le responsable du traitement fournit à la personne concernée les informations suivantes nécessaires pour garantir un traitement équitable et transparent à l'égard de la personne concernée" + " : le droit d'introduire une réclamation auprès d'une autorité de contrôle",
                    en: "In addition to the information referred to in paragraph 1, the controller shall provide the data subject with the following information necessary to ensure fair and transparent processing in respect of the data subject" + ": the right to lodge a complaint with a supervisory authority")]))
    }
}
