import PolicyModel

/// GDPR Art. 12(1): concise, clear and plain language, without qualifiers that hide what is done.
struct PlainLanguage: InputRule {
    let id = "GDPR-12-1"
    let severity = Severity.warning
    let articles = ["GDPR Art. 12(1)"]
    let summary = "Say what is done: avoid “we may”, “some”, “certain”, « nous pourrions », « éventuellement »."
    let explanation = RuleExplanation(
        """
        WP260 lists qualifiers ("may", "might", "some", "often", "possible") that leave the reader unable \
        to tell whether, when and how data is processed. Permission ("you may withdraw") is not flagged.
        """,
        quotes: [LegalQuote(
            "GDPR Art. 12(1)",
            fr: "Le responsable du traitement prend des mesures appropriées pour fournir toute information visée aux articles 13 et 14 ainsi que pour procéder à toute communication au titre des articles 15 à 22 et de l'article 34 en ce qui concerne le traitement à la personne concernée d'une façon concise, transparente, compréhensible et aisément accessible, en des termes clairs et simples",
            en: "The controller shall take appropriate measures to provide any information referred to in Articles 13 and 14 and any communication under Articles 15 to 22 and 34 relating to processing to the data subject in a concise, transparent, intelligible and easily accessible form, using clear and plain language")])
    let fixHint = "State the fact: which data, which recipient, when."

    func check(_ input: LintInput, context: LintContext) -> [Finding] {
        input.firstMatches(Self.vague).map { field, language, match in
            finding(Self.vagueWording(match, language), at: field.pointer)
        }
    }

    static let vague: LanguagePatterns = [
        .en: #"\bwe (may|might|could)\b|\bsome\b|\bcertain\b|\boften\b|\bpossibly\b|\bnot limited to\b"#,
        .fr: #"\bnous (pouvons|pourrions|pourrons)\b|\bpourrai(en)?t\b|\bcertain(e)?s\b|\béventuellement\b|\bparfois\b|\bsusceptibles?\b"#,
    ]

    static func vagueWording(_ match: String, _ language: Language) -> String {
        "vague wording \(Wording.quoted(match)) (\(language.code)): say what is done"
    }
}
