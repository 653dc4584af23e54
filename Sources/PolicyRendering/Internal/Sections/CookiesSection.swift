import PolicyModel

/// LIL art. 82: the cookies and trackers, who sets them, what for, for how long and whether consent is asked.
enum CookiesSection: SectionBuilder {
    static let kind = StatementSection.cookies

    static func blocks(_ c: Composer) -> [Block] {
        guard !c.policy.cookies.isEmpty else { return [] }
        var blocks: [Block] = [.paragraph(c("cookies.intro"))]
        if let consent = c.policy.cookieConsent, !c.isMissing("/cookieConsent") {
            if let mechanism = c.known(consent.mechanism, at: "/cookieConsent/mechanism") {
                blocks.append(.paragraph([.text(mechanism)]))
            }
            if consent.refuseAsEasyAsAccept { blocks.append(.paragraph(c("cookies.refuse"))) }
            if let months = consent.choiceKeptMonths, months > 0 {
                blocks.append(.paragraph(c("cookies.kept", ["period": [.text(c.period(.months(months)))]])))
            }
        }
        let rows = c.policy.cookies.enumerated().map { index, cookie in
            Table.Row(id: nil, cells: [
                [.text(cookie.name)],
                [.text(cookie.provider)],
                c("cookies.purpose", [
                    "category": [.text(c.string("cookieCategory.\(cookie.category.rawValue)"))],
                    "description": [.text(c.inRunningText(c.text(cookie.description)))],
                ]),
                lifetime(c, cookie, at: "/cookies" / index / "lifetime"),
                c(cookie.consentRequired ? "cookies.consentRequired" : "cookies.consentNotRequired"),
            ])
        }
        let header = ["name", "provider", "purpose", "lifetime", "consent"]
            .map { [Inline.text(c.string("cookies.column.\($0)"))] }
        return blocks + [.table(Table(header: header, rows: rows))]
    }

    /// `13 months`, `Session`; empty when the source does not say.
    private static func lifetime(_ c: Composer, _ cookie: Cookie, at pointer: JSONPointer) -> [Inline] {
        if cookie.sessionOnly { return [.text(c.string("period.session"))] }
        guard let lifetime = cookie.lifetime, !c.isMissing(pointer) else { return [] }
        return [.text(c.period(lifetime).capitalizedFirst)]
    }
}

extension String {
    /// The text with its first letter in capitals.
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
