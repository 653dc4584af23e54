import PolicyModel

/// GDPR Art. 14(1)(c): the Art. 14 counterpart of ``PurposesAndLegalBasis``, for data not obtained from the person.
extension Article14Twin where Base == PurposesAndLegalBasis {
    static var purposesAndLegalBasis: Self {
        Article14Twin(
            base: PurposesAndLegalBasis(), id: "GDPR-14-1-c", articles: ["GDPR Art. 14(1)(c)", "GDPR Art. 14(3)"],
            summary: "State every purpose and its legal basis to people whose data comes from elsewhere.",
            explanation: RuleExplanation(
                """
                When data comes from a third party (policy sources of kind `thirdParty`), Art. 14 asks for the \
                same item as Art. 13 does for data collected from the person. The check is the one of \
                PurposesAndLegalBasis; findings carry this identifier.
                """,
                quotes: [LegalQuote(
                    "GDPR Art. 14(1)(c)",
                    fr: Article14.openingFR + " : les finalités du traitement auquel sont destinées les données à caractère personnel ainsi que la base juridique du traitement",
                    en: Article14.openingEN + ": the purposes of the processing for which the personal data are intended as well as the legal basis for the processing")]))
    }
}
