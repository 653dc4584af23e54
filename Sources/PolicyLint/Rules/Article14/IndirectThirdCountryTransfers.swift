import PolicyModel

/// GDPR Art. 14(1)(f): the Art. 14 counterpart of ``ThirdCountryTransfers``, for data not obtained from the person.
extension Article14Twin where Base == ThirdCountryTransfers {
    static var thirdCountryTransfers: Self {
        Article14Twin(
            base: ThirdCountryTransfers(), id: "GDPR-14-1-f", articles: ["GDPR Art. 14(1)(f)", "GDPR Art. 14(3)"],
            summary: "Declare every transfer outside the EEA to people whose data comes from elsewhere.",
            explanation: RuleExplanation(
                """
                When data comes from a third party (policy sources of kind `thirdParty`), Art. 14 asks for the \
                same item as Art. 13 does for data collected from the person. The check is the one of \
                ThirdCountryTransfers; findings carry this identifier.
                """,
                quotes: [LegalQuote(
                    "GDPR Art. 14(1)(f)",
                    fr: Article14.openingFR + " : le cas échéant, le fait que le responsable du traitement a l'intention d'effectuer un transfert de données à caractère personnel à un destinataire dans un pays tiers ou une organisation internationale, et l'existence ou l'absence d'une décision d'adéquation rendue par la Commission ou, dans le cas des transferts visés à l'article 46 ou 47, ou à l'article 49, paragraphe 1, deuxième alinéa, la référence aux garanties appropriées ou adaptées et les moyens d'en obtenir une copie ou l'endroit où elles ont été mises à disposition",
                    en: Article14.openingEN + ": where applicable, that the controller intends to transfer personal data to a recipient in a third country or international organisation and the existence or absence of an adequacy decision by the Commission, or in the case of transfers referred to in Article 46 or 47, or the second subparagraph of Article 49(1), reference to the appropriate or suitable safeguards and the means to obtain a copy of them or where they have been made available")]))
    }
}
