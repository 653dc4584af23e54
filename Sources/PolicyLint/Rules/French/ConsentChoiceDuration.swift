import PolicyModel

/// CNIL délibération 2020-092: the choice made on trackers is kept for a limited time, six months
/// being the recommended practice, before asking again.
struct ConsentChoiceDuration: LintRule {
    let id = "FR-CNIL-COOKIE-CHOICE"
    let severity = Severity.warning
    let articles = ["CNIL délibération 2020-092", "GDPR Art. 7(1)"]
    let summary = "Keep the visitor's tracker choice about six months, then ask again."
    let explanation = RuleExplanation(
        """
        A consent kept indefinitely drifts from what the person agreed to; a refusal asked again at each visit \
        pressures them. The CNIL recommends renewing the choice at intervals, six months being good practice. \
        Longer than six months is reported.
        """,
        quotes: [
            LegalQuote(
                "GDPR Art. 7(1)",
                fr: "Dans les cas où le traitement repose sur le consentement, le responsable du traitement est en mesure de démontrer que la personne concernée a donné son consentement au traitement de données à caractère personnel la concernant.",
                en: "Where processing is based on consent, the controller shall be able to demonstrate that the data subject has consented to processing of his or her personal data."),
            // ⚠ Paraphrase from the project's reference notes; check against the recommendation on Légifrance.
            LegalQuote(
                "CNIL délibération 2020-092",
                fr: "conserver les choix exprimés par l'utilisateur pendant une durée de six mois constitue une bonne pratique",
                en: "(translation) keeping the user's choices for six months is good practice"),
        ])
    let fixHint = "Set `choiceKeptMonths` to 6."

    func check(_ policy: Policy, context: LintContext) -> [Finding] {
        guard let months = policy.cookieConsent?.choiceKeptMonths, months > 6 else { return [] }
        return [finding(Self.tooLong(months), at: "/cookieConsent/choiceKeptMonths")]
    }

    static func tooLong(_ months: Int) -> String {
        "the tracker choice is kept \(months) months; the CNIL recommends six"
    }
}
