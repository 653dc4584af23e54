import PolicyModel

/// CNIL délibérations 2020-091 and 2020-092: refusing trackers is as easy as accepting them.
struct RefusalAsEasyAsAcceptance: LintRule {
    let id = "FR-CNIL-COOKIE-REJECT"
    let severity = Severity.error
    let articles = ["CNIL délibération 2020-092", "CNIL délibération 2020-091", "GDPR Art. 7(3)", "LIL art. 82"]
    let summary = "Offer refusal at the same level and with the same ease as acceptance."
    let explanation = RuleExplanation(
        """
        The consent interface offers a "refuse all" choice as visible and as easy as "accept all"; browser \
        settings or leaving the site are not a refusal. The CNIL fined several publishers on this ground in \
        2021–2022.
        """,
        quotes: [
            LegalQuote(
                "GDPR Art. 7(3)",
                fr: "Il est aussi simple de retirer que de donner son consentement.",
                en: "It shall be as easy to withdraw as to give consent."),
            // ⚠ Wording from the project's reference notes; check against the recommendation on Légifrance.
            LegalQuote(
                "CNIL délibération 2020-092",
                fr: "refuser doit être aussi simple qu'accepter",
                en: "(translation) refusing must be as easy as accepting"),
        ])
    let fixHint = "Add a “Refuse all” button beside “Accept all” and set `refuseAsEasyAsAccept`."

    func check(_ policy: Policy, context: LintContext) -> [Finding] {
        guard let consent = policy.cookieConsent, !consent.refuseAsEasyAsAccept else { return [] }
        return [finding(Self.harder(), at: "/cookieConsent/refuseAsEasyAsAccept")]
    }

    static func harder() -> String { "refusing trackers is not as easy as accepting them" }
}
