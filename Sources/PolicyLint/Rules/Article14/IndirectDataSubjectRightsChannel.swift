import PolicyModel

/// GDPR Art. 14(2)(c): the Art. 14 counterpart of ``DataSubjectRightsChannel``, for data not obtained from the person.
extension Article14Twin where Base == DataSubjectRightsChannel {
    static var dataSubjectRightsChannel: Self {
        Article14Twin(
            base: DataSubjectRightsChannel(), id: "GDPR-14-2-c", articles: ["GDPR Art. 14(2)(c)", "GDPR Art. 14(3)"],
            summary: "Give people whose data comes from elsewhere a channel to exercise their rights.",
            explanation: RuleExplanation(
                """
                When data comes from a third party (policy sources of kind `thirdParty`), Art. 14 asks for the \
                same item as Art. 13 does for data collected from the person. The check is the one of \
                DataSubjectRightsChannel; findings carry this identifier.
                """,
                quotes: [LegalQuote(
                    "GDPR Art. 14(2)(c)",
                    fr: "En plus des informations visées au paragraphe 1, le responsable du traitement fournit à la personne concernée les informations suivantes nécessaires pour garantir un traitement équitable et transparent à l'égard de la personne concernée" + " : l'existence du droit de demander au responsable du traitement l'accès aux données à caractère personnel, la rectification ou l'effacement de celles-ci, ou une limitation du traitement relatif à la personne concernée, ainsi que du droit de s'opposer au traitement et du droit à la portabilité des données",
                    en: "In addition to the information referred to in paragraph 1, the controller shall provide the data subject with the following information necessary to ensure fair and transparent processing in respect of the data subject" + ": the existence of the right to request from the controller access to and rectification or erasure of personal data or restriction of processing concerning the data subject and to object to processing as well as the right to data portability")]))
    }
}
