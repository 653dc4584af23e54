import PolicyCatalogue
import PolicyModel

/// LIL art. 85: the right to set directives about one's data after death.
///
/// The catalogue grants the right when the controller is in France. For a controller elsewhere that
/// publishes in French, French rules adapting the GDPR also protect residents of France (LIL art. 3,
/// II); ⚠ whether art. 85 is such a rule is debated, so the finding is a warning.
struct PostMortemDirectives: LintRule {
    let id = "FR-LIL-85"
    let severity = Severity.warning
    let articles = ["LIL art. 85", "LIL art. 3"]
    let summary = "Tell people in France they can set directives about their data after death."
    let explanation = RuleExplanation(
        """
        French law lets anyone leave general or specific directives on the keeping, erasure and \
        communication of their data after death; the statement mentions the right. The rendered page carries \
        it (marker `LIL-85`) for French controllers; a foreign controller addressing French residents should \
        add it too.
        """,
        quotes: [LegalQuote(
            "LIL art. 85",
            fr: "Toute personne peut définir des directives relatives à la conservation, à l'effacement et à la communication de ses données à caractère personnel après son décès.",
            en: "(translation) Any person may set directives on the storage, erasure and communication of their personal data after their death.")])
    let fixHint = "For a controller outside France publishing in French, state the right (or waive with the reason)."

    func check(_ policy: Policy, context: LintContext) -> [Finding] {
        guard policy.languages.contains(.fr), !Law.rights(for: policy).contains(.postMortemDirectives) else { return [] }
        return [finding(Self.notGranted(Policy.countryName(policy.controller.country)), at: "/controller/country")]
    }

    static func notGranted(_ country: String) -> String {
        "the statement addresses French readers but, with a controller in \(country), does not give the right to set directives after death"
    }
}
