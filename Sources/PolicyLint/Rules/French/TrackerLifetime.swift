import PolicyModel

/// CNIL délibération 2020-091: trackers last at most 13 months, and their lifetime is stated.
struct TrackerLifetime: LintRule {
    let id = "FR-CNIL-COOKIE-LIFETIME"
    let severity = Severity.warning
    let articles = ["CNIL délibération 2020-091", "LIL art. 82", "GDPR Art. 13(2)(a)"]
    let summary = "State each tracker's lifetime and keep it within 13 months."
    let explanation = RuleExplanation(
        """
        The CNIL limits exempt audience-measurement trackers to 13 months and recommends the same bound for \
        the others (Google Analytics' `_ga` lives two years by default). A tracker whose lifetime is neither \
        given nor session-only leaves the person without its retention period.
        """,
        quotes: [
            LegalQuote(
                "GDPR Art. 13(2)(a)",
                fr: "la durée de conservation des données à caractère personnel ou, lorsque ce n'est pas possible, les critères utilisés pour déterminer cette durée",
                en: "the period for which the personal data will be stored, or if that is not possible, the criteria used to determine that period"),
            // ⚠ Paraphrase from the project's reference notes; check against the deliberation on Légifrance.
            LegalQuote(
                "CNIL délibération 2020-091",
                fr: "la durée de vie de ces traceurs [est limitée] à une durée permettant une comparaison pertinente des audiences dans le temps, comme c'est le cas d'une durée de treize mois",
                en: "(translation) the lifetime of these trackers is limited to a period allowing a meaningful comparison of audiences over time, such as thirteen months"),
        ])
    let fixHint = "Set the tracker's `lifetime` (13 months at most) or mark it `sessionOnly`."

    func check(_ policy: Policy, context: LintContext) -> [Finding] {
        // Cookies are read in place, by index: only a lasting one is copied.
        let cookies = policy.cookies
        return cookies.indices.compactMap { i in
            guard !cookies[i].sessionOnly else { return nil }
            let cookie = cookies[i]
            guard let lifetime = cookie.lifetime else {
                return finding(Self.unstated(cookie.name.display), at: "/cookies" / i / "lifetime")
            }
            return lifetime.maximumDays > 13 * 31 && cookie.category != .strictlyNecessary
                ? finding(Self.tooLong(cookie.name.display, lifetime), at: "/cookies" / i / "lifetime") : nil
        }
    }

    static func unstated(_ name: String) -> String { "the tracker '\(name)' has no stated lifetime" }

    static func tooLong(_ name: String, _ lifetime: Period) -> String {
        "the tracker '\(name)' lives \(lifetime.amount) \(lifetime.unit.rawValue), beyond 13 months"
    }
}
