import PolicyModel

/// GDPR Art. 14(1)(a): the Art. 14 counterpart of ``ControllerIdentity``, for data not obtained from the person.
extension Article14Twin where Base == ControllerIdentity {
    static var controllerIdentity: Self {
        Article14Twin(
            base: ControllerIdentity(), id: "GDPR-14-1-a", articles: ["GDPR Art. 14(1)(a)", "GDPR Art. 14(3)"],
            summary: "Give the controller's identity and contact details to people whose data comes from elsewhere.",
            explanation: RuleExplanation(
                """
                When data comes from a third party (policy sources of kind `thirdParty`), Art. 14 asks for the \
                same item as Art. 13 does for data collected from the person. The check is the one of \
                ControllerIdentity; findings carry this identifier.
                """,
                quotes: [LegalQuote(
                    "GDPR Art. 14(1)(a)",
                    fr: Article14.openingFR + " : l'identité et les coordonnées du responsable du traitement et, le cas échéant, du représentant du responsable du traitement",
                    en: Article14.openingEN + ": the identity and the contact details of the controller and, where applicable, of the controller's representative")]))
    }
}
