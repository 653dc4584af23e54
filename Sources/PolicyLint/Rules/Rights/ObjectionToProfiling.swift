import PolicyModel

/// GDPR Art. 21(4): the right to object, profiling included, is brought explicitly to the person's
/// attention, clearly and separately.
///
/// The rendered statement shows the right apart (checked on pages with the `21(4)` marker). Here the
/// rule asks that profiling used for marketing or on legitimate interests tell the person, in the
/// decision's own text, that they can object to it.
struct ObjectionToProfiling: InputRule {
    let id = "GDPR-21-4"
    let severity = Severity.error
    let articles = ["GDPR Art. 21(4)", "GDPR Art. 21(1)", "GDPR Art. 21(2)"]
    let summary = "Tell the person, with each profiling for marketing or legitimate interests, that they can object to it."
    let explanation = RuleExplanation(
        """
        Art. 21(1) and (2) name profiling expressly. When a profiling serves direct marketing or rests on \
        legitimate interests, its description says, in every language, that the person may object to it.
        """,
        quotes: [LegalQuote(
            "GDPR Art. 21(4)",
            fr: "Au plus tard au moment de la première communication avec la personne concernée, le droit visé aux paragraphes 1 et 2 est explicitement porté à l'attention de la personne concernée et est présenté clairement et séparément de toute autre information.",
            en: "At the latest at the time of the first communication with the data subject, the right referred to in paragraphs 1 and 2 shall be explicitly brought to the attention of the data subject and shall be presented clearly and separately from any other information.")])
    let fixHint = "Add to the decision's `consequences` how the person objects (link, address), in each language."

    func check(_ input: LintInput, context: LintContext) -> [Finding] {
        let policy = input.policy
        return policy.automatedDecisions.enumerated().compactMap { i, decision in
            let purposes = decision.purposes.compactMap { policy.purpose($0) }
            let objectable = purposes.contains {
                $0.directMarketing != nil || $0.legalBasis == .legitimateInterests || $0.legalBasis == .publicTask
            }
            guard objectable else { return nil }
            let texts = [
                input.field(.automatedDecisionLogic, i), input.field(.automatedDecisionSignificance, i),
                input.field(.automatedDecisionConsequences, i),
            ]
            let missing = Language.required.filter { language in
                !texts.contains { field in
                    field.flatMap { input.text(language, of: $0) }.map { input.matches(Self.objection[language] ?? "", $0) } ?? false
                }
            }
            guard !missing.isEmpty else { return nil }
            return finding(Self.silent(missing), at: "/automatedDecisions" / i / "consequences")
        }
    }

    static let objection: LanguagePatterns = [.en: #"\bobject"#, .fr: #"\boppos"#]

    static func silent(_ languages: [Language]) -> String {
        "the profiling serves marketing or legitimate interests but its text (\(languages.map(\.code).joined(separator: ", "))) does not say the person can object to it"
    }
}
