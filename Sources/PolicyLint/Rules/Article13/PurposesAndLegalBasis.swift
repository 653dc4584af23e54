import PolicyModel

/// GDPR Art. 13(1)(c): the purposes of the processing and the legal basis of each.
///
/// The model gives each purpose exactly one Art. 6(1) basis, so stacked bases cannot occur; the rule
/// asks that there be purposes at all and that each says what data it uses.
struct PurposesAndLegalBasis: DisclosureRule {
    let id = "GDPR-13-1-c"
    let severity = Severity.error
    let articles = ["GDPR Art. 13(1)(c)", "GDPR Art. 6(1)"]
    let summary = "State every purpose of the processing with its legal basis."
    let explanation = RuleExplanation(
        """
        Each purpose is stated with the one Art. 6(1) basis it rests on. A statement without purposes tells \
        the person nothing about why their data is used. A purpose that names no data category leaves the \
        reader unable to link data and purpose (WP260, Annex).
        """,
        quotes: [LegalQuote(
            "GDPR Art. 13(1)(c)",
            fr: "les finalités du traitement auquel sont destinées les données à caractère personnel ainsi que la base juridique du traitement",
            en: "the purposes of the processing for which the personal data are intended as well as the legal basis for the processing")])
    let fixHint = "Declare each purpose with its legal basis and the data categories it uses."

    func disclosureFindings(_ input: LintInput, context: LintContext) -> [Finding] {
        let policy = input.policy
        guard !policy.purposes.isEmpty else { return [finding(Self.noPurpose(), at: "/purposes")] }
        return policy.purposes.indices.compactMap { i in
            policy.purposes[i].dataCategories.isEmpty
                ? finding(Self.noData(policy.purposes[i].id), at: "/purposes" / i / "dataCategories", severity: .warning)
                : nil
        }
    }

    static func noPurpose() -> String { "the statement declares no purpose of processing" }

    static func noData(_ id: PurposeID) -> String {
        "purpose '\(id)' does not say which data categories it uses"
    }
}
