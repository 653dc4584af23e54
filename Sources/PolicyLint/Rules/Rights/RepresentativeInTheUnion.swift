import PolicyCatalogue
import PolicyModel

/// GDPR Art. 27(1) and 13(1)(a): a controller established outside the Union names its
/// representative in the Union.
struct RepresentativeInTheUnion: LintRule {
    let id = "GDPR-27"
    let severity = Severity.error
    let articles = ["GDPR Art. 27(1)", "GDPR Art. 13(1)(a)"]
    let summary = "A controller established outside the EEA names its representative in the Union."
    let explanation = RuleExplanation(
        """
        A controller outside the Union that offers services to people in it, or monitors their behaviour \
        (Art. 3(2)), designates a representative in writing and gives its contact details.
        """,
        quotes: [LegalQuote(
            "GDPR Art. 27(1)",
            fr: "Lorsque l'article 3, paragraphe 2, s'applique, le responsable du traitement ou le sous-traitant désigne par écrit un représentant dans l'Union.",
            en: "Where Article 3(2) applies, the controller or the processor shall designate in writing a representative in the Union.")])
    let fixHint = "Declare `controller.representative` with its name and contact."

    func check(_ policy: Policy, context: LintContext) -> [Finding] {
        let inEEA = Countries.named(policy.controller.country)?.inEEA ?? false
        guard !inEEA, policy.controller.representative == nil else { return [] }
        return [finding(Self.none(Policy.countryName(policy.controller.country)), at: "/controller/representative")]
    }

    static func none(_ country: String) -> String {
        "the controller is established in \(country), outside the EEA, but names no representative in the Union"
    }
}
