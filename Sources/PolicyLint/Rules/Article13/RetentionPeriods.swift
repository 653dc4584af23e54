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
        // The purposes the rules name, found by identifier (``IdentifierPositions``) rather than each
        // compared with every one; and the categories of the rules that name no purpose, compared
        // rather than hashed: a statement has a few such rules. Rules are read in place, by index.
        let retention = policy.retention
        var named: [PurposeID] = []
        var byCategory: [DataCategoryID] = []
        named.reserveCapacity(retention.indices.reduce(0) { $0 + retention[$1].purposes.count })
        for i in retention.indices {
            if retention[i].purposes.isEmpty { byCategory += retention[i].dataCategories } else { named += retention[i].purposes }
        }
        let namedPositions = IdentifierPositions(named)
        var findings: [Finding] = []
        // Purposes are read in place, by index, rather than copied.
        let purposes = policy.purposes
        for i in purposes.indices where namedPositions.position(of: purposes[i].id) == nil {
            let categories = purposes[i].dataCategories
            let byData = !categories.isEmpty && categories.allSatisfy { byCategory.contains($0) }
            if !byData { findings.append(finding(Self.uncovered(purposes[i].id), at: "/purposes" / i / "retention")) }
        }
        return findings
    }

    static func none() -> String { "the statement says nothing about how long data is kept" }

    static func uncovered(_ id: PurposeID) -> String {
        "no retention period or criteria cover purpose '\(id)'"
    }
}
