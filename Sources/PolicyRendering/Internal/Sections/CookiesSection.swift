import PolicyModel

/// LIL art. 82: the cookies and trackers, who sets them, what for, for how long and whether consent is asked.
enum CookiesSection: SectionBuilder {
    static let kind = StatementSection.cookies

    static func blocks(_ c: Composer) -> [Block] {
        guard !c.policy.cookies.isEmpty else { return [] }
        var blocks: [Block] = [.paragraph(c(.cookiesIntro))]
        if let consent = c.policy.cookieConsent, !c.isMissing("/cookieConsent") {
            if let mechanism = c.known(consent.mechanism, at: "/cookieConsent/mechanism") {
                blocks.append(.paragraph([.text(mechanism)]))
            }
            if consent.refuseAsEasyAsAccept { blocks.append(.paragraph(c(.cookiesRefuse))) }
            if let months = consent.choiceKeptMonths, months > 0 {
                blocks.append(.paragraph(c(.cookiesKept, ("period", .text(c.period(.months(months)))))))
            }
        }
        let consentRequired = Runs(c(.cookiesConsentRequired))
        let consentNotRequired = Runs(c(.cookiesConsentNotRequired))
        var rows = Table.Rows(capacity: c.policy.cookies.count, cellsPerRow: 5)
        for (index, cookie) in c.policy.cookies.enumerated() {
            rows.append(
                nil,
                .plain(cookie.name),
                .plain(cookie.provider),
                c.runs(.cookiesPurpose,
                  ("category", .text(c.string(SentenceKey.cookieCategory[cookie.category]))),
                  ("description", c.runningText(c.text(cookie.description)))),
                lifetime(c, cookie, at: JSONPointer(["cookies"]) / index / "lifetime"),
                cookie.consentRequired ? consentRequired : consentNotRequired)
        }
        let header = SentenceKey.cookiesColumns.map { Runs.plain(c.string($0)) }
        blocks.append(.table(Table(header: header, rows: rows)))
        return blocks
    }

    /// `13 months`, `Session`; empty when the source does not say.
    private static func lifetime(_ c: Composer, _ cookie: Cookie, at pointer: @autoclosure () -> JSONPointer) -> Runs {
        if cookie.sessionOnly { return .plain(c.string(.periodSession)) }
        guard let lifetime = cookie.lifetime, !c.isMissing(pointer()) else { return .mixed([]) }
        return .plain(c.period(lifetime, capitalized: true))
    }
}
