import PolicyCatalogue
import PolicyModel

extension Composer {
    /// `20 April 2018`, `1er mars 2019`: the day, the month's name and the year, in the language's order.
    func date(_ date: CalendarDate) -> String {
        let day = date.day == 1 ? string("date.firstDay") : String(date.day)
        return string("date.format", ["day": day, "month": string("month.\(date.month)"), "year": String(date.year)])
    }

    /// `one month`, `3 years`, `10 jours ouvrés`.
    func period(_ period: Period) -> String {
        let form = period.amount == 1 ? "one" : "other"
        return string("period.\(period.unit.rawValue).\(form)", ["n": String(period.amount)])
    }

    /// `a, b and c` in the language's words.
    func joined(_ items: [[Inline]]) -> [Inline] {
        guard let last = items.last else { return [] }
        guard items.count > 1 else { return last }
        let rest = items.dropLast().joined(separator: [Inline.text(", ")]).map { $0 }
        return self("list.and", ["rest": rest, "last": last])
    }

    /// Runs joined by a separator that is the same in every language (`, `, `; `).
    func joined(_ items: [[Inline]], separator: String) -> [Inline] {
        items.joined(separator: [Inline.text(separator)]).map { $0 }.merged
    }

    /// The country's name in this language, or its code when the catalogue does not know it.
    func country(_ code: CountryCode) -> String {
        Countries.named(code)?.name[language] ?? code.alpha2
    }

    /// An address on one line: `12 rue X, 64100 Bayonne, France`.
    func address(_ address: PostalAddress) -> String {
        let locality = [address.postalCode, address.locality].compactMap { $0?.trimmingSpaces }
            .filter { !$0.isEmpty }.joined(separator: " ")
        return (address.lines.map(\.trimmingSpaces) + [locality, country(address.country)])
            .filter { !$0.isEmpty }.joined(separator: ", ")
    }

    /// A published link showing its address without the scheme: `contact@example.fr`, `www.cnil.fr`.
    func link(_ address: WebAddress) -> [Inline] {
        [.link(text: address.displayText, to: address)]
    }

    /// `E-mail: contact@example.fr`, with the address as a link.
    func channel(_ channel: ContactChannel) -> [Inline] {
        let value: [Inline]
        if channel.kind == .post {
            guard let address = channel.address else { return [] }
            value = [.text(self.address(address))]
        } else if let link = channel.link {
            value = [.link(text: channel.kind == .webForm ? link.displayText : channel.value ?? link.displayText, to: link)]
        } else {
            guard let text = channel.value, !text.isEmpty else { return [] }
            value = [.text(text)]
        }
        return self("channel.\(channel.kind.rawValue)", ["value": value])
    }

    /// The channels as list items, leaving out the ones that say nothing.
    func channelItems(_ channels: [ContactChannel]) -> [[Inline]] {
        channels.map(channel).filter { !$0.isEmpty }
    }

    /// The name people know the controller by: its first trade name, or its legal name.
    var controllerName: String {
        policy.controller.tradeNames.first?.trimmingSpaces ?? policy.controller.legalName.trimmingSpaces
    }

    /// A purpose's description in this language.
    func purposeName(_ id: PurposeID) -> String {
        text(policy.purpose(id)?.description)
    }

    /// The labels of data categories, in the order given.
    func categoryLabels(_ ids: [DataCategoryID]) -> [[Inline]] {
        ids.compactMap { policy.dataCategory($0) }.map { [.text(text($0.label))] }
    }
}
