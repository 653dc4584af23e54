import PolicyModel

/// GDPR Art. 14(2)(a): the Art. 14 counterpart of ``RetentionPeriods``, for data not obtained from the person.
extension Article14Twin where Base == RetentionPeriods {
    static var retentionPeriods: Self {
        Article14Twin(
            base: RetentionPeriods(), id: "GDPR-14-2-a", articles: ["GDPR Art. 14(2)(a)", "GDPR Art. 14(3)"],
            summary: "Give retention periods or criteria to people whose data comes from elsewhere.",
            explanation: RuleExplanation(
                """
                When data comes from a third party (policy sources of kind `thirdParty`), Art. 14 asks for the \
                same item as Art. 13 does for data collected from the person. The check is the one of \
                RetentionPeriods; findings carry this identifier.
                """,
                quotes: [LegalQuote(
                    "GDPR Art. 14(2)(a)",
                    fr: "En plus des informations visées au paragraphe 1, le responsable du traitement fournit à la personne concernée les informations suivantes nécessaires pour garantir un traitement équitable et transparent à l'égard de la personne concernée" + " : la durée pendant laquelle les données à caractère personnel seront conservées ou, lorsque ce n'est pas possible, les critères utilisés pour déterminer cette durée",
                    en: "In addition to the information referred to in paragraph 1, the controller shall provide the data subject with the following information necessary to ensure fair and transparent processing in respect of the data subject" + ": the period for which the personal data will be stored, or if that is not possible, the criteria used to determine that period")]))
    }
}
