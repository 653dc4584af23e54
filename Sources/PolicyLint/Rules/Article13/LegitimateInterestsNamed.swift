import PolicyModel

/// GDPR Art. 13(1)(d): the legitimate interests pursued, for each purpose based on Art. 6(1)(f).
struct LegitimateInterestsNamed: DisclosureRule {
    let id = "GDPR-13-1-d"
    let severity = Severity.error
    let articles = ["GDPR Art. 13(1)(d)", "GDPR Art. 6(1)(f)"]
    let summary = "Name the specific legitimate interest of each purpose based on legitimate interests."
    let explanation = RuleExplanation(
        """
        "Our legitimate interest" is not an interest: the person must learn which interest (preventing fraud, \
        securing the site, answering requests) is weighed against their rights, purpose by purpose, so that \
        they can decide whether to object (Art. 21(1)).
        """,
        quotes: [LegalQuote(
            "GDPR Art. 13(1)(d)",
            fr: "lorsque le traitement est fondé sur l'article 6, paragraphe 1, point f), les intérêts légitimes poursuivis par le responsable du traitement ou par un tiers",
            en: "where the processing is based on point (f) of Article 6(1), the legitimate interests pursued by the controller or by a third party")])
    let fixHint = "Give each legitimate-interests purpose a `legitimateInterest` text naming the interest pursued."

    func disclosureFindings(_ input: LintInput, context: LintContext) -> [Finding] {
        let policy = input.policy
        var findings: [Finding] = []
        // Purposes are read in place, by index, rather than copied.
        let purposes = policy.purposes
        for i in purposes.indices where purposes[i].legalBasis == .legitimateInterests {
            // The pointer is built only for a finding.
            var pointer: JSONPointer { "/purposes" / i / "legitimateInterest" }
            if purposes[i].legitimateInterest != nil {
                if let interest = input.field(.purposeLegitimateInterest, i), input.matches(Self.bare, interest) {
                    findings.append(finding(Self.generic(purposes[i].id), at: pointer))
                }
            } else {
                findings.append(finding(Self.unnamed(purposes[i].id), at: pointer))
            }
        }
        return findings
    }

    /// A text that only repeats the basis.
    static let bare: LanguagePatterns = [
        .en: #"^\W*(our |a )?legitimate interests?\W*$"#, .fr: #"^\W*(notre |un )?intérêts? légitimes?\W*$"#,
    ]

    static func unnamed(_ id: PurposeID) -> String {
        "purpose '\(id)' rests on legitimate interests but does not say which interest"
    }

    static func generic(_ id: PurposeID) -> String {
        "purpose '\(id)' names only “legitimate interest”, not the interest pursued"
    }
}
