import PolicyModel

/// LIL art. 82 (ePrivacy art. 5(3)): trackers that are not strictly necessary need prior consent,
/// collected by a mechanism, and the processing of what they read rests on consent.
///
/// First-party audience measurement lasting at most 13 months may be exempt under the CNIL's
/// conditions (délibération 2020-091, art. 5); a third party's analytics, such as Google Analytics,
/// is not.
struct TrackerConsent: InputRule {
    let id = "FR-LIL-82"
    let severity = Severity.error
    let articles = ["LIL art. 82", "Directive 2002/58/EC art. 5(3)", "CNIL délibération 2020-091"]
    let summary = "Ask prior consent for every tracker that is not strictly necessary."
    let explanation = RuleExplanation(
        """
        Reading or writing on the person's device needs their consent, except for trackers strictly necessary \
        to the service asked for, or exempt audience measurement. The statement marks such trackers \
        `consentRequired`, describes how consent is collected, and bases the related purpose on consent.
        """,
        quotes: [LegalQuote(
            "LIL art. 82",
            fr: "Ces accès ou inscriptions ne peuvent avoir lieu qu'à condition que l'abonné ou la personne utilisatrice ait exprimé, après avoir reçu cette information, son consentement qui peut résulter de paramètres appropriés de son dispositif de connexion ou de tout autre dispositif placé sous son contrôle.",
            en: "(translation) Such access or storage may take place only if the subscriber or user has expressed, after receiving this information, their consent, which may result from appropriate settings of their connection device or of any other device under their control.")])
    let fixHint = "Set `consentRequired`, describe the consent banner in `cookieConsent`, and base the purpose on consent."

    func check(_ input: LintInput, context: LintContext) -> [Finding] {
        let policy = input.policy
        var findings: [Finding] = []
        for i in policy.nonEssentialCookieIndices where !policy.cookies[i].consentRequired && !isExempt(i, input) {
            findings.append(finding(Self.noConsent(policy.cookies[i]), at: "/cookies" / i / "consentRequired"))
        }
        let needConsent = policy.cookies.contains { $0.consentRequired }
        if needConsent, policy.cookieConsent == nil {
            findings.append(finding(Self.noMechanism(), at: "/cookieConsent"))
        }
        if needConsent, !policy.purposes.contains(where: { $0.legalBasis == .consent }) {
            findings.append(finding(Self.noConsentPurpose(), at: "/purposes"))
        }
        return findings
    }

    /// First-party audience measurement within 13 months (CNIL 2020-091, art. 5).
    private func isExempt(_ index: Int, _ input: LintInput) -> Bool {
        let cookie = input.policy.cookies[index]
        guard cookie.category == .audienceMeasurement, input.isController(cookieProvider: index) else { return false }
        return cookie.sessionOnly || (cookie.lifetime.map { $0.maximumDays <= 13 * 31 } ?? false)
    }

    static func noConsent(_ cookie: Cookie) -> String {
        "the \(cookie.category.rawValue) tracker '\(cookie.name.display)'\(cookie.provider.map { " (\($0))" } ?? "") is set without prior consent"
    }

    static func noMechanism() -> String {
        "trackers need consent but the statement does not describe how consent is collected"
    }

    static func noConsentPurpose() -> String {
        "trackers need consent but no purpose rests on consent"
    }
}
