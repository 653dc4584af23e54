import PolicyModel

/// GDPR Art. 13(2)(f): automated decision-making, including profiling, with the logic involved,
/// its significance and its consequences.
///
/// Trackers for advertising or personalisation, and texts about interest-based content, behavioural
/// journeys or scoring, reveal profiling; the statement must then declare it.
struct AutomatedDecisionMaking: DisclosureRule {
    let id = "GDPR-13-2-f"
    let severity = Severity.error
    let articles = ["GDPR Art. 13(2)(f)", "GDPR Art. 22(1)", "GDPR Art. 4(4)"]
    let summary = "Declare profiling and automated decisions with their logic, significance and consequences."
    let explanation = RuleExplanation(
        """
        Advertising and personalisation trackers, and a marketing platform's behavioural journeys, evaluate \
        personal aspects such as interests and behaviour: profiling (Art. 4(4)). Art. 13(2)(f) names the \
        decisions of Art. 22; WP251 asks controllers to explain other profiling as well, as part of fair and \
        transparent processing. Structural signals (trackers) are errors; wording alone is a warning.
        """,
        quotes: [
            LegalQuote(
                "GDPR Art. 13(2)(f)",
                fr: "l'existence d'une prise de décision automatisée, y compris un profilage, visée à l'article 22, paragraphes 1 et 4, et, au moins en pareils cas, des informations utiles concernant la logique sous-jacente, ainsi que l'importance et les conséquences prévues de ce traitement pour la personne concernée",
                en: "the existence of automated decision-making, including profiling, referred to in Article 22(1) and (4) and, at least in those cases, meaningful information about the logic involved, as well as the significance and the envisaged consequences of such processing for the data subject"),
            LegalQuote(
                "GDPR Art. 4(4)",
                fr: "« profilage », toute forme de traitement automatisé de données à caractère personnel consistant à utiliser ces données à caractère personnel pour évaluer certains aspects personnels relatifs à une personne physique",
                en: "‘profiling’ means any form of automated processing of personal data consisting of the use of personal data to evaluate certain personal aspects relating to a natural person"),
        ])
    let fixHint = "Declare an automated decision (kind `profiling`) naming its purposes, logic, significance and consequences."

    func disclosureFindings(_ input: LintInput, context: LintContext) -> [Finding] {
        let policy = input.policy
        guard policy.automatedDecisions.isEmpty else {
            return policy.automatedDecisions.enumerated().compactMap { i, decision in
                decision.purposes.isEmpty ? finding(Self.noPurpose(), at: "/automatedDecisions" / i / "purposes") : nil
            }
        }
        var findings: [Finding] = []
        // Cookies are read in place, by index, rather than copied.
        let cookies = policy.cookies
        let profilingCookies = cookies.indices.filter {
            cookies[$0].category == .advertising || cookies[$0].category == .personalisation
        }
        if !profilingCookies.isEmpty {
            let names = profilingCookies.map { cookies[$0].name.display }.joined(separator: ", ")
            findings.append(finding(Self.trackers(names), at: "/automatedDecisions"))
        }
        for (field, _, match) in input.firstMatches(Self.profiling) {
            findings.append(finding(Self.wording(match), at: field.pointer, severity: .warning))
        }
        return findings
    }

    static let profiling: LanguagePatterns = [
        .en: #"\bprofil(e|es|ing)\b|tailored to your interests|interest-based|based on your interests|behaviou?ral|\bscoring\b|\bjourneys?\b"#,
        .fr: #"\bprofilage\b|centres? d.intérêts?|adaptée?s? à vos (intérêts|centres)|comportementa(l|le|ux)|\bscoring\b|parcours automatisés?"#,
    ]

    static func trackers(_ names: String) -> String {
        "advertising or personalisation trackers (\(names)) profile the visitor, but no profiling is declared"
    }

    static func wording(_ match: String) -> String {
        "the text speaks of \(Wording.quoted(match)), which is profiling, but no profiling is declared"
    }

    static func noPurpose() -> String { "the automated decision names no purpose" }
}
