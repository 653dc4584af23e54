import PolicyCatalogue
import PolicyModel

extension Composer {
    /// `20 April 2018`, `1er mars 2019`: the day, the month's name and the year, in the language's order.
    func date(_ date: CalendarDate) -> String {
        let day = date.day == 1 ? string(.dateFirstDay) : String(date.day)
        let month = (1...12).contains(date.month) ? string(SentenceKey.months[date.month - 1]) : ""
        return string(.dateFormat, ("day", day), ("month", month), ("year", String(date.year)))
    }

    /// `one month`, `3 years`, `10 jours ouvrés`.
    func period(_ period: Period) -> String {
        if period.amount == 1 { return string(SentenceKey.periodOne[period.unit]) }
        return self.period(period, capitalized: false)
    }

    /// ``period(_:)``, its first letter in capitals when `capitalized` (``Swift/String/capitalizedFirst``):
    /// written in the scratch buffer and made a string once, the amount written as digits there.
    func period(_ period: Period, capitalized: Bool) -> String {
        let text = plainText(capitalized: capitalized) { out in
            if period.amount == 1 { return out.append(SentenceKey.periodOne[period.unit], flattening: true) { _ in } }
            return out.append(SentenceKey.periodOther[period.unit], flattening: true) { slot in
                if slot == 0 { out.append(decimal: period.amount) }
            }
        }
        // The writer flattens every run, so it always answers.
        return text ?? ""
    }

    /// `a, b and c` in the language's words.
    func joined(_ items: [[Inline]]) -> [Inline] {
        guard let last = items.last else { return [] }
        guard items.count > 1 else { return last }
        return self(.listAnd, ("rest", .list(items.dropLast(), separator: ", ")), ("last", .runs(last)))
    }

    /// Runs joined by a separator that is the same in every language (`, `, `; `).
    func joined(_ items: [[Inline]], separator: String) -> [Inline] {
        runs(of: .list(items[...], separator: separator))
    }

    /// Plain texts as `a, b and c` in the language's words: `joined(texts.map { [.text($0)] })`.
    ///
    /// Every item is one plain run, so the items before the last merge into one plain run around the
    /// separators whether given as a list or already joined; joined once here, the sentence has a
    /// single value to place instead of each item and separator in turn.
    func joined(texts: [String]) -> [Inline] {
        guard let last = texts.last else { return [] }
        guard texts.count > 1 else { return [.text(last)] }
        let rest = String(joining: texts.count - 1, separator: ", ") { texts[$0] }
        return self(.listAnd, ("rest", .text(rest)), ("last", .text(last)))
    }

    /// ``joined(texts:)`` of labels set in running text, each written lowered where it is copied.
    func joined(labels: [RunningTextLabel]) -> [Inline] {
        guard let last = labels.last else { return [] }
        guard labels.count > 1 else { return [.text(last.string)] }
        let rest = String(joining: labels.count - 1, separator: ", ", labels: { labels[$0] })
        return self(.listAnd, ("rest", .text(rest)), ("last", last.fill))
    }

    /// ``joined(texts:separator:)`` of labels set in running text, each written lowered where it is copied.
    func joined(labels: [RunningTextLabel], separator: String) -> Runs {
        let text = String(joining: labels.count, separator: separator, labels: { labels[$0] })
        return text.isEmpty ? .mixed([]) : .plain(text)
    }

    /// Texts joined by a separator that is the same in every language, as one plain run (none when empty).
    func joined(texts: [String], separator: String) -> Runs {
        let text = String(joining: texts.count, separator: separator) { texts[$0] }
        return text.isEmpty ? .mixed([]) : .plain(text)
    }

    /// The country's name in this language, or its code when the catalogue does not know it.
    func country(_ code: CountryCode) -> String {
        lexicon.country(code)
    }

    /// An address on one line: `12 rue X, 64100 Bayonne, France`.
    ///
    /// Written in the scratch buffer and made a string once (``plainText(capitalized:_:)``).
    func address(_ address: PostalAddress) -> String {
        let postalCode = address.postalCode?.trimmingSpaces ?? ""
        let locality = address.locality?.trimmingSpaces ?? ""
        let country = country(address.country)
        let text = plainText(capitalized: false) { out in
            var isEmpty = true
            // Each part non-empty, `, ` before all but the first.
            func startPart() {
                if !isEmpty { out.append(", ") }
                isEmpty = false
            }
            for line in address.lines {
                let line = line.trimmingSpaces
                guard !line.isEmpty else { continue }
                startPart()
                out.append(line)
            }
            if !postalCode.isEmpty || !locality.isEmpty {
                startPart()
                out.append(postalCode)
                if !postalCode.isEmpty, !locality.isEmpty { out.append(" ") }
                out.append(locality)
            }
            if !country.isEmpty {
                startPart()
                out.append(country)
            }
            return true
        }
        return text ?? ""
    }

    /// A published link showing its address without the scheme: `contact@example.fr`, `www.cnil.fr`.
    func link(_ address: WebAddress) -> [Inline] {
        [.link(text: Self.displayText(address), to: address)]
    }

    /// ``WebAddress/displayText``, read on UTF-8 when the address is ASCII.
    static func displayText(_ address: WebAddress) -> String {
        let value = address.value
        return UTF8Output.withUTF8(of: value) { bytes in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return address.displayText }
            // Each prefix in turn, compared with the address's capitals lowered, is dropped where it opens
            // what is left, as `displayText` drops them from the lowercased text.
            var start = 0
            for prefix in displayedPrefixes where bytes.count - start >= prefix.count {
                var matches = true
                for (offset, expected) in prefix.enumerated() {
                    let byte = bytes[start + offset]
                    if ((0x41...0x5A).contains(byte) ? byte | 0x20 : byte) != expected {
                        matches = false
                        break
                    }
                }
                if matches { start += prefix.count }
            }
            var end = bytes.count
            if end > start, bytes[end - 1] == UInt8(ascii: "/") { end -= 1 }
            guard start > 0 || end < bytes.count else { return value }
            // ASCII, so valid UTF-8 whatever the cut.
            return String(validUTF8: UnsafeBufferPointer(rebasing: bytes[start..<end]))
        }
    }

    /// The schemes ``displayText(_:)`` leaves out, in the order it tries them.
    private static let displayedPrefixes: [[UInt8]] = ["https://", "http://", "mailto:", "tel:"].map { Array($0.utf8) }

    /// `E-mail: contact@example.fr`, with the address as a link.
    func channel(_ channel: ContactChannel) -> [Inline] {
        if let known = channelRuns.first(where: { $0.channel == channel }) { return known.runs }
        let runs = makeChannel(channel)
        channelRuns.append((channel, runs))
        return runs
    }

    private func makeChannel(_ channel: ContactChannel) -> [Inline] {
        let value: [Inline]
        if channel.kind == .post {
            guard let address = channel.address else { return [] }
            value = [.text(self.address(address))]
        } else if let link = channel.link {
            value = [.link(text: channel.kind == .webForm ? Self.displayText(link) : channel.value ?? Self.displayText(link), to: link)]
        } else {
            guard let text = channel.value, !text.isEmpty else { return [] }
            value = [.text(text)]
        }
        return self(SentenceKey.channel[channel.kind], ("value", .runs(value)))
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
        categoryIndices(ids).map { [.text(categoryLabels[$0])] }
    }
}
