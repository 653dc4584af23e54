import PolicyModel

/// GDPR Art. 13(2)(c): the right to withdraw consent at any time, for processing based on consent.
struct RightToWithdrawConsent: DisclosureRule {
    let id = "GDPR-13-2-c"
    let severity = Severity.error
    let articles = ["GDPR Art. 13(2)(c)", "GDPR Art. 6(1)(a)", "GDPR Art. 9(2)(a)"]
    let summary = "Say how consent is withdrawn for each purpose based on consent."
    let explanation = RuleExplanation(
        """
        Where a purpose rests on consent (or explicit consent for special categories), the statement tells \
        the person they can withdraw it at any time, and how. The right is rendered from the catalogue; the \
        policy supplies the means for each purpose.
        """,
        quotes: [LegalQuote(
            "GDPR Art. 13(2)(c)",
            fr: "lorsque le traitement est fondé sur l'article 6, paragraphe 1, point a), ou sur l'article 9, paragraphe 2, point a), l'existence du droit de retirer son consentement à tout moment, sans porter atteinte à la licéité du traitement fondé sur le consentement effectué avant le retrait de celui-ci",
            en: "where the processing is based on point (a) of Article 6(1) or point (a) of Article 9(2), the existence of the right to withdraw consent at any time, without affecting the lawfulness of processing based on consent before its withdrawal")])
    let fixHint = "Give each consent purpose a `consentWithdrawal` text: the link, button or address that withdraws it."

    func disclosureFindings(_ input: LintInput, context: LintContext) -> [Finding] {
        let policy = input.policy
        return policy.consentPurposeIndices.compactMap { i in
            policy.purposes[i].consentWithdrawal == nil
                ? finding(Self.noWithdrawal(policy.purposes[i].id), at: "/purposes" / i / "consentWithdrawal")
                : nil
        }
    }

    static func noWithdrawal(_ id: PurposeID) -> String {
        "purpose '\(id)' rests on consent but the statement does not say how to withdraw it"
    }
}
