import PolicyModel

/// LIL art. 45 and GDPR Art. 8(1): under fifteen in France, consent to an online service is given
/// jointly by the minor and the holder(s) of parental authority.
struct ChildrensConsent: InputRule {
    let id = "FR-LIL-45"
    let severity = Severity.error
    let articles = ["LIL art. 45", "GDPR Art. 8(1)", "GDPR Art. 12(1)"]
    let summary = "For services aimed at children, say how consent is given jointly with a parent under fifteen."
    let explanation = RuleExplanation(
        """
        France set the age of Art. 8 at fifteen and requires joint consent below it. A consent purpose of a \
        service directed at children, or using data collected from children, says how the parent takes part.
        """,
        quotes: [
            // The English text is a translation: French statutes have no official English version.
            LegalQuote(
                "LIL art. 45",
                fr: "En application du 1 de l'article 8 du règlement (UE) 2016/679 du 27 avril 2016, un mineur peut consentir seul à un traitement de données à caractère personnel en ce qui concerne l'offre directe de services de la société de l'information à compter de l'âge de quinze ans. Lorsque le mineur est âgé de moins de quinze ans, le traitement n'est licite que si le consentement est donné conjointement par le mineur concerné et le ou les titulaires de l'autorité parentale à l'égard de ce mineur.",
                en: "(translation) Under Article 8(1) of Regulation (EU) 2016/679, a minor may consent alone to the processing of personal data in relation to the direct offer of information society services from the age of fifteen. Where the minor is under fifteen, the processing is lawful only if consent is given jointly by the minor concerned and the holder or holders of parental authority over that minor."),
            LegalQuote(
                "GDPR Art. 8(1)",
                fr: "Lorsque l'enfant est âgé de moins de 16 ans, ce traitement n'est licite que si, et dans la mesure où, le consentement est donné ou autorisé par le titulaire de la responsabilité parentale à l'égard de l'enfant.",
                en: "Where the child is below the age of 16 years, such processing shall be lawful only if and to the extent that consent is given or authorised by the holder of parental responsibility over the child."),
        ])
    let fixHint = "Describe in the consent purpose how a parent consents with a child under fifteen."

    func check(_ input: LintInput, context: LintContext) -> [Finding] {
        let policy = input.policy
        let concerned = policy.directedAtChildren || policy.dataCategories.contains(where: \.concernsChildren)
        guard concerned else { return [] }
        return policy.consentPurposeIndices.compactMap { i in
            let purpose = policy.purposes[i]
            let texts = [input.field(.purposeDescription, i), input.field(.purposeConsentWithdrawal, i)]
            return texts.contains(where: { $0.map { input.matches(Self.parental, $0) } ?? false })
                ? nil : finding(Self.noParent(purpose.id), at: "/purposes" / i / "description")
        }
    }

    static let parental: LanguagePatterns = [
        .en: #"\bparent|\bguardian|\bparental\b"#, .fr: #"\bparent|autorité parentale"#,
    ]

    static func noParent(_ id: PurposeID) -> String {
        "purpose '\(id)' rests on consent in a service for children but does not say how a parent consents with a child under fifteen"
    }
}
