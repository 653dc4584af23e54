import PolicyModel

/// A waiver that names no rule of the catalogue: a typo, or a rule since renamed.
struct UnknownWaiverRule: LintRule {
    static let ruleID = "POLICYC-UNKNOWN-WAIVER"
    let id = Self.ruleID
    let severity = Severity.warning
    let articles = ["GDPR Art. 5(2)"]
    let summary = "A waiver must name a rule that exists."
    let explanation = RuleExplanation(
        """
        A waiver is a written, reasoned decision not to apply one rule. One that names no known rule waives \
        nothing and hides the intent; the accountable controller keeps its reasons in order.
        """,
        quotes: [LegalQuote(
            "GDPR Art. 5(2)",
            fr: "Le responsable du traitement est responsable du respect du paragraphe 1 et est en mesure de démontrer que celui-ci est respecté (responsabilité).",
            en: "The controller shall be responsible for, and be able to demonstrate compliance with, paragraph 1 (‘accountability’).")])
    let fixHint = "Correct the rule id (see `policyc rules`) or remove the waiver."

    func check(_ policy: Policy, context: LintContext) -> [Finding] {
        policy.waivers.enumerated().compactMap { i, waiver in
            RuleRegistry.rule(id: waiver.rule) == nil ? finding(Self.unknown(waiver.rule), at: "/waivers" / i / "rule") : nil
        }
    }

    static func unknown(_ rule: String) -> String { "the waiver names '\(rule)', which is not a rule" }
}
