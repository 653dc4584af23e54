import PolicyModel

extension Draft {
    /// A sample of trackers, always with one strictly necessary; consent is required for every other
    /// category. Advertising and personalisation trackers profile, so only agencies that profile set them.
    mutating func drawCookies() -> [Cookie] {
        let count = rng.int(size.cookies)
        let allowed = CookieCatalogue.all.filter { profiles || !CookieCatalogue.profiling.contains($0.category) }
        let necessary = allowed.filter { $0.category == .strictlyNecessary }
        let chosen = [rng.pick(necessary)] + rng.sample(allowed, count: count - 1)
        var seen: Set<String> = []
        var cookies = chosen.filter { seen.insert($0.name).inserted }.map { entry in
            Cookie(
                name: Localized(name: entry.name), provider: entry.provider ?? agency.tradeName, category: entry.category,
                description: text(entry.fr, entry.en), lifetime: entry.lifetime, sessionOnly: entry.lifetime == nil,
                consentRequired: entry.category != .strictlyNecessary)
        }
        // Large sizes ask for more trackers than the catalogue has: number the extra tags.
        var extra = 1
        while cookies.count < count {
            let entry = rng.pick(allowed.filter { $0.category != .strictlyNecessary })
            cookies.append(Cookie(
                name: Localized(name: "\(entry.name)_\(extra)"), provider: entry.provider ?? agency.tradeName, category: entry.category,
                description: text(entry.fr, entry.en), lifetime: entry.lifetime ?? .days(1), consentRequired: true))
            extra += 1
        }
        return cookies
    }

    /// The banner: refusing as easy as accepting, the choice kept six months (CNIL).
    func drawCookieConsent() -> CookieConsent {
        CookieConsent(
            mechanism: text(
                "Un bandeau vous permet d’accepter ou de refuser les cookies, d’un seul clic, dès votre arrivée sur le site ; le lien « Gérer les cookies » en bas de page permet de changer d’avis.",
                "A banner lets you accept or refuse cookies, in one click, as soon as you arrive on the site; the “Manage cookies” link at the foot of the page lets you change your mind."),
            refuseAsEasyAsAccept: true, choiceKeptMonths: 6)
    }
}
