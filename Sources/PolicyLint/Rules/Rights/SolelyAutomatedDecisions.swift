import PolicyModel

/// GDPR Art. 22(3)–(4): a decision based solely on automated processing comes with human
/// intervention and the right to contest it, and uses special categories only under 9(2)(a) or (g).
struct SolelyAutomatedDecisions: InputRule {
    let id = "GDPR-22"
    let severity = Severity.error
    let articles = ["GDPR Art. 22(1)", "GDPR Art. 22(3)", "GDPR Art. 22(4)"]
    let summary = "Offer human intervention and a way to contest each solely automated decision."
    let explanation = RuleExplanation(
        """
        Where a decision with legal or similarly significant effects is taken by a machine alone, the person \
        can obtain human intervention, express their view and contest it. The statement says how.
        """,
        quotes: [
            LegalQuote(
                "GDPR Art. 22(1)",
                fr: "La personne concernée a le droit de ne pas faire l'objet d'une décision fondée exclusivement sur un traitement automatisé, y compris le profilage, produisant des effets juridiques la concernant ou l'affectant de manière significative de façon similaire.",
                en: "The data subject shall have the right not to be subject to a decision based solely on automated processing, including profiling, which produces legal effects concerning him or her or similarly significantly affects him or her."),
            LegalQuote(
                "GDPR Art. 22(3)",
                fr: "au moins du droit de la personne concernée d'obtenir une intervention humaine de la part du responsable du traitement, d'exprimer son point de vue et de contester la décision",
                en: "at least the right to obtain human intervention on the part of the controller, to express his or her point of view and to contest the decision"),
        ])
    let fixHint = "Say in the decision's `consequences` how to obtain human review and contest the decision."

    func check(_ input: LintInput, context: LintContext) -> [Finding] {
        let policy = input.policy
        var findings: [Finding] = []
        for (i, decision) in policy.automatedDecisions.enumerated() where decision.kind == .solelyAutomatedDecision {
            let text = [input.field(.automatedDecisionSignificance, i), input.field(.automatedDecisionConsequences, i)]
            if !text.contains(where: { $0.map { input.matches(Self.safeguard, $0) } ?? false }) {
                findings.append(finding(Self.noSafeguard(), at: "/automatedDecisions" / i / "consequences"))
            }
            let purposes = decision.purposes.compactMap { policy.purpose($0) }
            let special = purposes.contains { purpose in
                policy.categories(of: purpose).contains { $0.special != nil }
                    && purpose.specialCategoryCondition != .explicitConsent
                    && purpose.specialCategoryCondition != .substantialPublicInterest
            }
            if special { findings.append(finding(Self.specialData(), at: "/automatedDecisions" / i / "purposes")) }
        }
        return findings
    }

    static let safeguard: LanguagePatterns = [
        .en: #"\bhuman\b.*\bcontest|\bcontest.*\bhuman\b"#, .fr: #"\bhumaine?\b.*\bcontest|\bcontest.*\bhumaine?\b"#,
    ]

    static func noSafeguard() -> String {
        "the automated decision does not say how to obtain human intervention and contest it"
    }

    static func specialData() -> String {
        "the automated decision uses special categories without explicit consent or a substantial public interest (Art. 22(4))"
    }
}
