import PolicyModel

/// GDPR Art. 14(1)(e): the Art. 14 counterpart of ``RecipientsDisclosed``, for data not obtained from the person.
extension Article14Twin where Base == RecipientsDisclosed {
    static var recipientsDisclosed: Self {
        Article14Twin(
            base: RecipientsDisclosed(), id: "GDPR-14-1-e", articles: ["GDPR Art. 14(1)(e)", "GDPR Art. 14(3)"],
            summary: "List the recipients to people whose data comes from elsewhere.",
            explanation: RuleExplanation(
                """
                When data comes from a third party (policy sources of kind `thirdParty`), Art. 14 asks for the \
                same item as Art. 13 does for data collected from the person. The check is the one of \
                RecipientsDisclosed; findings carry this identifier.
                """,
                quotes: [LegalQuote(
                    "GDPR Art. 14(1)(e)",
                    fr: Article14.openingFR + " : le cas échéant, les destinataires ou les catégories de destinataires des données à caractère personnel",
                    en: Article14.openingEN + ": the recipients or categories of recipients of the personal data, if any")]))
    }
}
