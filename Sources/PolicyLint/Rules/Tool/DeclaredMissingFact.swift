import PolicyModel

/// A fact the policy declares missing (`policy.missing`): an open gap to take up with the controller.
///
/// The ``Linter`` keeps this reminder only when no other finding already carries the fact's note,
/// so each gap is reported once.
struct DeclaredMissingFact: LintRule {
    static let ruleID = "POLICYC-MISSING-FACT"
    let id = Self.ruleID
    let severity = Severity.info
    let articles = ["GDPR Art. 5(2)"]
    let summary = "Report each fact the source does not give, so the legal team can ask for it."
    let explanation = RuleExplanation(
        """
        A policy records what its source leaves out instead of inventing it. Findings about such a fact are \
        lowered to warnings with the note "declared missing"; a fact no rule covers is listed by this rule. \
        The controller remains accountable for the complete statement.
        """,
        quotes: [LegalQuote(
            "GDPR Art. 5(2)",
            fr: "Le responsable du traitement est responsable du respect du paragraphe 1 et est en mesure de démontrer que celui-ci est respecté (responsabilité).",
            en: "The controller shall be responsible for, and be able to demonstrate compliance with, paragraph 1 (‘accountability’).")])
    let fixHint = "Obtain the fact from the controller, add it to the policy and remove the `missing` entry."

    func check(_ policy: Policy, context: LintContext) -> [Finding] {
        policy.missing.map { fact in
            finding(Self.open(fact.field, fact.note), at: JSONPointer(parsing: fact.field))
        }
    }

    static func open(_ field: String, _ note: String) -> String {
        "\(field) is declared missing: \(note)"
    }
}
