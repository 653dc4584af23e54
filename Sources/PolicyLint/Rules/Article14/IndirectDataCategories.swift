import PolicyModel

/// GDPR Art. 14(1)(d): the categories of personal data concerned, when data comes from elsewhere.
struct IndirectDataCategories: LintRule {
    let id = "GDPR-14-1-d"
    let severity = Severity.error
    let articles = ["GDPR Art. 14(1)(d)"]
    let summary = "Say which categories of data are obtained from each third-party source."
    let explanation = RuleExplanation(
        """
        A person who did not give the data cannot know what was obtained about them; the statement lists \
        the categories each source provides.
        """,
        quotes: [LegalQuote(
            "GDPR Art. 14(1)(d)",
            fr: Article14.openingFR + " : les catégories de données à caractère personnel concernées",
            en: Article14.openingEN + ": the categories of personal data concerned")])
    let fixHint = "List the data categories of each third-party source in `dataCategories`."

    func check(_ policy: Policy, context: LintContext) -> [Finding] {
        policy.sources.enumerated().compactMap { i, source in
            source.isIndirect && source.dataCategories.isEmpty
                ? finding(Self.noCategories(source.id), at: "/sources" / i / "dataCategories") : nil
        }
    }

    static func noCategories(_ id: SourceID) -> String {
        "source '\(id)' provides data about the person but the statement does not say which"
    }
}
