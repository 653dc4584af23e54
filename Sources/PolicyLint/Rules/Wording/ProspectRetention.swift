import PolicyModel

/// GDPR Art. 5(1)(e), as the CNIL applies it to prospects: three years from the last contact.
struct ProspectRetention: LintRule {
    let id = "GDPR-5-1-e-PROSPECTS"
    let severity = Severity.warning
    let articles = ["GDPR Art. 5(1)(e)", "CNIL référentiel « gestion commerciale » (2021)"]
    let summary = "Keep prospects' data for marketing at most three years after the last contact."
    let explanation = RuleExplanation(
        """
        The CNIL's reference for customer and prospect management keeps a prospect's data for three years \
        from the end of the business relationship or the prospect's last contact. A longer period for a \
        direct-marketing purpose needs a justification (waive the rule with it).
        """,
        quotes: [LegalQuote(
            "GDPR Art. 5(1)(e)",
            fr: "conservées sous une forme permettant l'identification des personnes concernées pendant une durée n'excédant pas celle nécessaire au regard des finalités pour lesquelles elles sont traitées",
            en: "kept in a form which permits identification of data subjects for no longer than is necessary for the purposes for which the personal data are processed")])
    let fixHint = "Shorten the period to three years from the last contact, or waive the rule with the reason."

    func check(_ policy: Policy, context: LintContext) -> [Finding] {
        // Purposes and rules are read in place, by index, rather than copied.
        let purposes = policy.purposes
        let marketing = Set(purposes.indices.filter { purposes[$0].directMarketing != nil }.map { purposes[$0].id })
        let retention = policy.retention
        return retention.indices.compactMap { i in
            guard let period = retention[i].period, period.maximumDays > 3 * 366,
                let purpose = retention[i].purposes.first(where: marketing.contains)
            else { return nil }
            return finding(Self.tooLong(purpose, period), at: "/retention" / i / "period")
        }
    }

    static func tooLong(_ id: PurposeID, _ period: Period) -> String {
        "marketing purpose '\(id)' keeps data \(period.amount) \(period.unit.rawValue), beyond the three years the CNIL allows for prospects"
    }
}
