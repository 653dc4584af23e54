import PolicyModel

/// LIL art. 82: the cookies and trackers, who sets them, what for, for how long and whether consent is asked.
enum CookiesSection: SectionBuilder {
    static let kind = StatementSection.cookies

    static func blocks(_ c: Composer) -> [Block] {
        guard !c.policy.cookies.isEmpty else { return [] }
        let intro = c(ControllerSection.websites(c).count > 1 ? .cookiesIntroSites : .cookiesIntro)
        let consent = c.isMissing("/cookieConsent") ? nil : c.policy.cookieConsent
        let mechanism = consent.flatMap { c.known($0.mechanism, at: "/cookieConsent/mechanism") }
        // That trackers wait for consent is said only when the policy says how consent is asked for.
        guard let consent, let mechanism else { return [.paragraph(intro), table(c)] }
        var paragraph = RunsBuilder()
        paragraph.append(intro)
        paragraph.append(text: " ")
        paragraph.append(c(.cookiesPriorConsent))
        var blocks: [Block] = [.paragraph(paragraph.finish()), .paragraph([.text(mechanism)])]
        if consent.refuseAsEasyAsAccept { blocks.append(.paragraph(c(.cookiesRefuse))) }
        if let months = consent.choiceKeptMonths, months > 0 {
            blocks.append(.paragraph(c(.cookiesKept, ("period", .text(c.period(.months(months)))))))
        }
        blocks.append(table(c))
        return blocks
    }

    /// Each tracker with who sets it, what for, for how long and whether consent is required.
    private static func table(_ c: Composer) -> Block {
        let consentRequired = Runs(c(.cookiesConsentRequired))
        let consentNotRequired = Runs(c(.cookiesConsentNotRequired))
        var rows = Table.Rows(capacity: c.policy.cookies.count, cellsPerRow: 5)
        for (index, cookie) in c.policy.cookies.enumerated() {
            rows.append(
                nil,
                .plain(c.text(cookie.name)),
                provider(c, cookie, at: JSONPointer(["cookies"]) / index / "provider"),
                c.runs(.cookiesPurpose,
                  ("category", .text(c.string(SentenceKey.cookieCategory[cookie.category]))),
                  ("description", c.runningText(c.text(cookie.description)))),
                lifetime(c, cookie, at: JSONPointer(["cookies"]) / index / "lifetime"),
                cookie.consentRequired ? consentRequired : consentNotRequired)
        }
        let header = SentenceKey.cookiesColumns.map { Runs.plain(c.string($0)) }
        return .table(Table(header: header, rows: rows))
    }

    /// Who sets the tracker; `Not specified` when the policy does not say or declares it missing (every tracker
    /// has someone who sets it, so the cell is never left empty).
    private static func provider(_ c: Composer, _ cookie: Cookie, at pointer: @autoclosure () -> JSONPointer) -> Runs {
        guard let provider = cookie.provider, !c.isMissing(pointer()) else { return Runs(c(.cookiesProviderNotSpecified)) }
        return .plain(provider)
    }

    /// `13 months`, `Session`; `Not specified` when the policy declares it missing; empty when the
    /// policy gives none.
    private static func lifetime(_ c: Composer, _ cookie: Cookie, at pointer: @autoclosure () -> JSONPointer) -> Runs {
        if cookie.sessionOnly { return .plain(c.string(.periodSession)) }
        if c.isMissing(pointer()) { return .plain(c.string(.cookiesLifetimeNotSpecified)) }
        guard let lifetime = cookie.lifetime else { return .mixed([]) }
        return .plain(c.period(lifetime, capitalized: true))
    }
}
