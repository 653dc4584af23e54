import PolicyCatalogue
import PolicyModel

/// GDPR Art. 13(2)(d) and 77: the right to lodge a complaint with a supervisory authority.
///
/// The authority is taken from the catalogue for the controller's country (the CNIL for France); the
/// rule fails when the catalogue has none, and when a text sends complaints to the controller alone.
struct RightToLodgeComplaint: DisclosureRule {
    let id = "GDPR-13-2-d"
    let severity = Severity.error
    let articles = ["GDPR Art. 13(2)(d)", "GDPR Art. 77(1)"]
    let summary = "Name the supervisory authority (the CNIL) with which the person may lodge a complaint."
    let explanation = RuleExplanation(
        """
        A company mailbox is not a complaint route in the sense of the law: the person may complain to the \
        authority, whatever the controller's own procedure. A text that says complaints "must be sent" to \
        the controller, without naming the authority, misleads.
        """,
        quotes: [
            LegalQuote(
                "GDPR Art. 13(2)(d)",
                fr: "le droit d'introduire une réclamation auprès d'une autorité de contrôle",
                en: "the right to lodge a complaint with a supervisory authority"),
            LegalQuote(
                "GDPR Art. 77(1)",
                fr: "toute personne concernée a le droit d'introduire une réclamation auprès d'une autorité de contrôle",
                en: "every data subject shall have the right to lodge a complaint with a supervisory authority"),
        ])
    let fixHint = "Keep the controller's country one the catalogue knows, and word complaint texts so they name the CNIL."

    func disclosureFindings(_ input: LintInput, context: LintContext) -> [Finding] {
        let policy = input.policy
        var findings: [Finding] = []
        if Law.supervisoryAuthority(for: policy) == nil {
            findings.append(finding(Self.noAuthority(policy.controller.country), at: "/controller/country"))
        }
        // A field matches the complaint wording exactly when it has a first match.
        for (field, _, _) in input.firstMatches(Self.complaint) where !input.matches(Self.authority, field) {
            findings.append(finding(Self.companyOnly(), at: field.pointer))
        }
        return findings
    }

    static let complaint: LanguagePatterns = [
        .en: #"\b(complain(ts?)?|claims regarding)\b"#, .fr: #"\b(réclamations?|plaintes?)\b"#,
    ]
    static let authority: LanguagePatterns = [
        .en: #"\bCNIL\b|supervisory authority|data protection authority"#,
        .fr: #"\bCNIL\b|autorité de contrôle|Commission nationale de l.informatique"#,
    ]

    static func noAuthority(_ country: CountryCode) -> String {
        "the catalogue knows no supervisory authority for \(country): the complaint route cannot be stated"
    }

    static func companyOnly() -> String {
        "complaints are sent to the controller only: the statement must name the supervisory authority (CNIL)"
    }
}
