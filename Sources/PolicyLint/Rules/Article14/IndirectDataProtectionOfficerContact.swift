import PolicyModel

/// GDPR Art. 14(1)(b): the Art. 14 counterpart of ``DataProtectionOfficerContact``, for data not obtained from the person.
extension Article14Twin where Base == DataProtectionOfficerContact {
    static var dataProtectionOfficerContact: Self {
        Article14Twin(
            base: DataProtectionOfficerContact(), id: "GDPR-14-1-b", articles: ["GDPR Art. 14(1)(b)", "GDPR Art. 14(3)"],
            summary: "Publish the DPO's contact details to people whose data comes from elsewhere.",
            explanation: RuleExplanation(
                """
                When data comes from a third party (policy sources of kind `thirdParty`), Art. 14 asks for the \
                same item as Art. 13 does for data collected from the person. The check is the one of \
                DataProtectionOfficerContact; findings carry this identifier.
                """,
                quotes: [LegalQuote(
                    "GDPR Art. 14(1)(b)",
                    fr: Article14.openingFR + " : le cas échéant, les coordonnées du délégué à la protection des données",
                    en: Article14.openingEN + ": the contact details of the data protection officer, where applicable")]))
    }
}
