import PolicyModel

/// A waiver for a rule that finds nothing in the policy: stale, and to be removed.
///
/// Whether a rule fires depends on the other rules' results, so the ``Linter`` reports this one after
/// running them; the rule itself only documents it.
struct UnusedWaiver: LintRule {
    static let ruleID = "POLICYC-UNUSED-WAIVER"
    let id = Self.ruleID
    let severity = Severity.warning
    let articles = ["GDPR Art. 5(2)"]
    let summary = "Remove waivers for rules that no longer find anything."
    let explanation = RuleExplanation(
        """
        A waiver that suppresses nothing would silently suppress a future, different finding of the same \
        rule. Keeping waivers current keeps the record of decisions accurate.
        """,
        quotes: [LegalQuote(
            "GDPR Art. 5(2)",
            fr: "Le responsable du traitement est responsable du respect du paragraphe 1 et est en mesure de démontrer que celui-ci est respecté (responsabilité).",
            en: "The controller shall be responsible for, and be able to demonstrate compliance with, paragraph 1 (‘accountability’).")])
    let fixHint = "Delete the waiver."

    func check(_ policy: Policy, context: LintContext) -> [Finding] { [] }

    static func unused(_ rule: String) -> String {
        "the waiver for \(rule) suppresses nothing: the rule finds no problem"
    }
}
