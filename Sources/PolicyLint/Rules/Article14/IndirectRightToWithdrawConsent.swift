import PolicyModel

/// GDPR Art. 14(2)(d): the Art. 14 counterpart of ``RightToWithdrawConsent``, for data not obtained from the person.
extension Article14Twin where Base == RightToWithdrawConsent {
    static var rightToWithdrawConsent: Self {
        Article14Twin(
            base: RightToWithdrawConsent(), id: "GDPR-14-2-d", articles: ["GDPR Art. 14(2)(d)", "GDPR Art. 14(3)"],
            summary: "Say how consent is withdrawn, for people whose data comes from elsewhere.",
            explanation: RuleExplanation(
                """
                When data comes from a third party (policy sources of kind `thirdParty`), Art. 14 asks for the \
                same item as Art. 13 does for data collected from the person. The check is the one of \
                RightToWithdrawConsent; findings carry this identifier.
                """,
                quotes: [LegalQuote(
                    "GDPR Art. 14(2)(d)",
                    fr: "En plus des informations visées au paragraphe 1, le responsable du traitement fournit à la personne concernée les informations suivantes nécessaires pour garantir un traitement équitable et transparent à l'égard de la personne concernée" + " : lorsque le traitement est fondé sur l'article 6, paragraphe 1, point a), ou sur l'article 9, paragraphe 2, point a), l'existence du droit de retirer le consentement à tout moment, sans porter atteinte à la licéité du traitement fondé sur le consentement effectué avant le retrait de celui-ci",
                    en: "In addition to the information referred to in paragraph 1, the controller shall provide the data subject with the following information necessary to ensure fair and transparent processing in respect of the data subject" + ": where processing is based on point (a) of Article 6(1) or point (a) of Article 9(2), the existence of the right to withdraw consent at any time, without affecting the lawfulness of processing based on consent before its withdrawal")]))
    }
}
