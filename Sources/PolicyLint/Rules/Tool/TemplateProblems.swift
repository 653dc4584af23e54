import PolicyModel

/// A problem in the renderer's templates, reported by the command line as a finding of this rule.
///
/// The renderer finds the problems (`TemplateSet.problems(directory:)`); the rule gives them an id
/// in the catalogue so that `policyc rules` lists it and a waiver can name it.
struct TemplateProblems: LintRule {
    static let ruleID = "POLICYC-TEMPLATES"
    let id = Self.ruleID
    let severity = Severity.error
    let articles = ["GDPR Art. 12(1)"]
    let summary = "The templates that render the statement must be complete and well formed."
    let explanation = RuleExplanation(
        """
        A broken template drops or garbles a disclosure in every statement rendered with it, in a way the \
        model cannot show. The command line reports template problems under this id.
        """,
        quotes: [LegalQuote(
            "GDPR Art. 12(1)",
            fr: "d'une façon concise, transparente, compréhensible et aisément accessible, en des termes clairs et simples",
            en: "in a concise, transparent, intelligible and easily accessible form, using clear and plain language")])
    let fixHint = "Fix the template named in the message (`policyc templates check`)."

    func check(_ policy: Policy, context: LintContext) -> [Finding] { [] }
}
