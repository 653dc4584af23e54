import PolicyModel

/// GDPR Art. 7(3): withdrawing consent is as easy as giving it.
///
/// Consent given with a click is not withdrawn by registered letter, by changing browser settings or
/// by leaving the site. The rule reads each consent purpose's withdrawal text and, when trackers need
/// consent, the consent mechanism: a hard means with no easy one is an error.
struct WithdrawalAsEasyAsConsent: InputRule {
    let id = "GDPR-7-3"
    let severity = Severity.error
    let articles = ["GDPR Art. 7(3)", "CNIL délibération 2020-091"]
    let summary = "Make withdrawing consent as easy as giving it: a link or setting, not a letter or the browser."
    let explanation = RuleExplanation(
        """
        The withdrawal means follows the consent means: a newsletter link, a cookie-settings link on every \
        page. Blocking cookies in the browser deletes them but does not withdraw consent given to the site, \
        and leaving the site is no choice at all.
        """,
        quotes: [LegalQuote(
            "GDPR Art. 7(3)",
            fr: "La personne concernée a le droit de retirer son consentement à tout moment. Le retrait du consentement ne compromet pas la licéité du traitement fondé sur le consentement effectué avant ce retrait. La personne concernée en est informée avant de donner son consentement. Il est aussi simple de retirer que de donner son consentement.",
            en: "The data subject shall have the right to withdraw his or her consent at any time. The withdrawal of consent shall not affect the lawfulness of processing based on consent before its withdrawal. Prior to giving consent, the data subject shall be informed thereof. It shall be as easy to withdraw as to give consent.")])
    let fixHint = "Offer the same means as the consent: an unsubscribe link, a cookie-settings link, a button."

    func check(_ input: LintInput, context: LintContext) -> [Finding] {
        let policy = input.policy
        var findings: [Finding] = []
        for i in policy.consentPurposeIndices {
            guard let text = input.field(.purposeConsentWithdrawal, i) else { continue }
            // The pointer is built only for a finding.
            var pointer: JSONPointer { "/purposes" / i / "consentWithdrawal" }
            if let hard = Self.hardOnly(text, input) {
                findings.append(finding(Self.harder(policy.purposes[i].id, hard), at: pointer))
            } else if !input.matches(Self.easy, text) {
                findings.append(finding(Self.noMeans(policy.purposes[i].id), at: pointer))
            }
        }
        let trackersNeedConsent = policy.cookies.contains { $0.consentRequired }
        if trackersNeedConsent, let mechanism = input.field(.cookieConsentMechanism) {
            if let hard = Self.hardOnly(mechanism, input) {
                findings.append(finding(Self.cookieHarder(hard), at: "/cookieConsent/mechanism"))
            } else if !input.matches(Self.easy, mechanism) {
                findings.append(finding(Self.cookieSilent(), at: "/cookieConsent/mechanism"))
            }
        }
        return findings
    }

    static let hard: LanguagePatterns = [
        .en: #"\b(registered )?letter\b|\bin writing\b|\bby post\b|\bbrowser('s)?( settings)?\b|\bleav(e|ing) (the|our) (site|website)s?\b"#,
        .fr: #"\b(lettre|courrier)( recommandée?)?\b|\bpar écrit\b|\b(paramètres de )?(votre )?navigateur\b|\bquitt(ant|er) (le|notre|nos) sites?\b"#,
    ]
    static let easy: LanguagePatterns = [
        .en: #"\blink\b|\bunsubscribe\b|\bsettings\b|\bpreferences\b|\bbutton\b|\be-?mail\b|\bform\b|\w@\w"#,
        .fr: #"\blien\b|\bdésinscri|\bdésabonn|\bparamètres\b|\bpréférences\b|\bbouton\b|\bcourriel\b|\be-?mail\b|\bformulaire\b|\w@\w"#,
    ]

    /// The hard means a text offers when, once those are set aside, no easy means is left.
    static func hardOnly(_ field: LintField, _ input: LintInput) -> String? {
        for text in input.texts[field.texts] {
            // The patterns are found by the text's packed code, its language read only if need be.
            guard let hardPattern = hard[text.code, input.language(of: text)],
                let easyPattern = easy[text.code, input.language(of: text)],
                let match = input.firstMatch(hardPattern, in: text)
            else { continue }
            if !Wording.matches(easyPattern, Wording.removing(hardPattern, from: text.value)) { return match }
        }
        return nil
    }

    static func harder(_ id: PurposeID, _ match: String) -> String {
        "consent to purpose '\(id)' is withdrawn only through \(Wording.quoted(match)), harder than giving it"
    }

    static func noMeans(_ id: PurposeID) -> String {
        "purpose '\(id)' states the right to withdraw consent but not the means (link, button, address)"
    }

    static func cookieHarder(_ match: String) -> String {
        "consent to trackers is withdrawn only through \(Wording.quoted(match)), harder than giving it"
    }

    static func cookieSilent() -> String {
        "the consent mechanism for trackers does not say how to withdraw or change the choice"
    }
}
