import PolicyModel

/// GDPR Art. 13(2)(a): how long the data is kept, or the criteria that fix it, for every purpose.
struct RetentionPeriods: DisclosureRule {
    let id = "GDPR-13-2-a"
    let severity = Severity.error
    let articles = ["GDPR Art. 13(2)(a)", "GDPR Art. 5(1)(e)"]
    let summary = "Give a retention period, or the criteria that fix it, for every purpose."
    let explanation = RuleExplanation(
        """
        Each purpose is covered by a retention rule, either naming the purpose or covering every data \
        category it uses. WP260: a single period for all data, or "as long as necessary", does not let the \
        person tell how long each kind of data is kept.
        """,
        quotes: [LegalQuote(
            "GDPR Art. 13(2)(a)",
            fr: "la durée de conservation des données à caractère personnel ou, lorsque ce n'est pas possible, les critères utilisés pour déterminer cette durée",
            en: "the period for which the personal data will be stored, or if that is not possible, the criteria used to determine that period")])
    let fixHint = "Add a retention rule naming the purpose (or its data categories), with a period and the event it runs from."

    func disclosureFindings(_ input: LintInput, context: LintContext) -> [Finding] {
        let policy = input.policy
        guard !policy.purposes.isEmpty else { return [] }
        guard !policy.retention.isEmpty else { return [finding(Self.none(), at: "/retention")] }
        // The categories of the rules that name no purpose, compared rather than hashed: a statement
        // has a few retention rules.
        var byCategory: [DataCategoryID] = []
        for rule in policy.retention where rule.purposes.isEmpty { byCategory += rule.dataCategories }
        var findings: [Finding] = []
        // Purposes are read in place, by index, rather than copied.
        let purposes = policy.purposes
        for i in purposes.indices {
            let id = purposes[i].id
            let named = policy.retention.contains { $0.purposes.contains(id) }
            let categories = purposes[i].dataCategories
            let byData = !categories.isEmpty && categories.allSatisfy { byCategory.contains($0) }
            if !named, !byData { findings.append(finding(Self.uncovered(id), at: "/purposes" / i / "retention")) }
        }
        return findings
    }

    static func none() -> String { "the statement says nothing about how long data is kept" }

    static func uncovered(_ id: PurposeID) -> String {
        "no retention period or criteria cover purpose '\(id)'"
    }
}
