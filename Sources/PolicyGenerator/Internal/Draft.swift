import PolicyModel

/// One policy being generated: the random stream and the parts drawn so far, which later parts refer to.
///
/// Parts are drawn in dependency order (controller, data, purposes, recipients, transfers…); each
/// `Draft+Part.swift` file draws one part.
struct Draft {
    var rng: SplitMix64
    let size: PolicySize
    let index: Int

    /// The agency behind the statement.
    var agency = Agency.placeholder
    var effectiveDate = CalendarDate(year: 2025, month: 1, day: 1)!
    /// Whether the agency profiles visitors: advertising trackers, interests, targeted advertising.
    var profiles = false
    var cookies: [Cookie] = []
    var categories: [DataCategory] = []
    var purposes: [Purpose] = []
    var recipients: [Recipient] = []

    init(rng: SplitMix64, size: PolicySize, index: Int) {
        self.rng = rng
        self.size = size
        self.index = index
    }

    mutating func policy() -> Policy {
        agency = drawAgency()
        effectiveDate = drawEffectiveDate()
        let history = drawHistory()
        profiles = rng.chance(0.35)
        cookies = drawCookies()
        categories = drawCategories()
        purposes = drawPurposes()
        recipients = drawRecipients()
        let transfers = drawTransfers()
        return Policy(
            id: PolicyGenerator.identifier(index: index),
            version: history.last?.version ?? "1.0",
            effectiveDate: effectiveDate,
            history: history,
            controller: agency.controller,
            dpo: drawDataProtectionOfficer(),
            dataCategories: categories,
            sources: drawSources(),
            purposes: purposes,
            recipients: recipients,
            transfers: transfers,
            retention: drawRetention(),
            rights: drawRightsExercise(),
            automatedDecisions: drawAutomatedDecisions(),
            cookies: cookies,
            cookieConsent: cookies.contains(where: \.consentRequired) ? drawCookieConsent() : nil,
            security: drawSecurity())
    }
}

/// A text in both required languages.
func text(_ fr: String, _ en: String) -> Localized {
    Localized(fr: fr, en: en)
}

/// A date the generator builds from known-good parts.
func day(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate {
    guard let date = CalendarDate(year: year, month: month, day: min(day, 28)) else {
        preconditionFailure("bad generated date \(year)-\(month)-\(day)")
    }
    return date
}
