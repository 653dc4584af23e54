import PolicyModel

/// GDPR Art. 13(2)(a), 14(2)(a) and 5(1)(e): "as long as necessary" is not a retention period.
struct RetentionCriteria: InputRule {
    let id = "GDPR-13-2-a-VAGUE"
    let severity = Severity.warning
    let articles = ["GDPR Art. 13(2)(a)", "GDPR Art. 14(2)(a)", "GDPR Art. 5(1)(e)"]
    let summary = "Give a period or real criteria, not “as long as necessary”."
    let explanation = RuleExplanation(
        """
        WP260: it is not enough to say data is kept "as long as necessary for the purposes". Criteria tell \
        the person how the period is fixed (the end of the mandate, a legal limitation period).
        """,
        quotes: [LegalQuote(
            "GDPR Art. 5(1)(e)",
            fr: "conservées sous une forme permettant l'identification des personnes concernées pendant une durée n'excédant pas celle nécessaire au regard des finalités pour lesquelles elles sont traitées",
            en: "kept in a form which permits identification of data subjects for no longer than is necessary for the purposes for which the personal data are processed")])
    let fixHint = "Give a `period` with its `startingEvent`, or `criteria` that fix the period."

    func check(_ input: LintInput, context: LintContext) -> [Finding] {
        let policy = input.policy
        // Rules are read in place, by index, rather than copied.
        let retention = policy.retention
        return retention.indices.compactMap { i in
            guard retention[i].period == nil else { return nil }
            guard retention[i].criteria != nil else { return finding(Self.nothing(), at: "/retention" / i) }
            return input.field(.retentionCriteria, i).flatMap { input.firstMatch(Self.necessary, in: $0) }.map { _, match in
                finding(Self.asLongAsNecessary(match), at: "/retention" / i / "criteria")
            }
        }
    }

    static let necessary: LanguagePatterns = [
        .en: #"\bas long as (is )?(necessary|needed|required)\b|\bperiod necessary\b|\bnecessary period\b|\baccording to (the )?applicable laws?\b"#,
        .fr: #"\baussi longtemps que (nécessaire|besoin)\b|\bdurée nécessaire\b|\btemps nécessaire\b|\bselon la (loi|réglementation) applicable\b"#,
    ]

    static func nothing() -> String { "the retention rule gives neither a period nor criteria" }

    static func asLongAsNecessary(_ match: String) -> String {
        "the retention rule says \(Wording.quoted(match)) without a period: give one, or criteria that fix it"
    }
}
