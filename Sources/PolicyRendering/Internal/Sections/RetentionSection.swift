import PolicyModel

/// Art. 13(2)(a): how long each kind of data is kept, or the criteria that fix it.
enum RetentionSection: SectionBuilder {
    static let kind = StatementSection.retention

    static func blocks(_ c: Composer) -> [Block] {
        let rows = c.policy.retention.enumerated().compactMap { index, rule -> Table.Row? in
            let pointer = "/retention" / index
            let duration = duration(c, rule, at: pointer)
            guard !duration.isEmpty, let subject = c.known(rule.subject, at: pointer / "subject") else { return nil }
            return Table.Row(id: nil, cells: [[.text(subject)], duration])
        }
        guard !rows.isEmpty else { return [] }
        let header = ["subject", "period"].map { [Inline.text(c.string("retention.column.\($0)"))] }
        return [.paragraph(c("retention.intro")), .table(Table(header: header, rows: rows))]
    }

    /// `Three years from the last contact; criteria: … (CMF art. L.561-12)`, without a closing full
    /// stop so that cells read alike and join cleanly; empty when nothing is known.
    static func duration(_ c: Composer, _ rule: Retention, at pointer: JSONPointer) -> [Inline] {
        var parts: [[Inline]] = []
        if let period = rule.period, !c.isMissing(pointer / "period") {
            let length: [Inline] = [.text(c.period(period))]
            if let event = c.known(rule.startingEvent, at: pointer / "startingEvent") {
                parts.append(c("retention.periodFrom", ["period": length, "event": [.text(event)]]))
            } else {
                parts.append(length)
            }
        }
        if let criteria = c.known(rule.criteria, at: pointer / "criteria").map(withoutFullStop) {
            parts.append(parts.isEmpty ? [.text(criteria)] : c("retention.criteria", ["criteria": [.text(criteria)]]))
        }
        guard !parts.isEmpty else { return [] }
        var cell = c.joined(parts, separator: "; ")
        if let reference = c.known(rule.legalReference, at: pointer / "legalReference") {
            cell.append(.text(" (\(reference))"))
        }
        return cell.merged.capitalizingFirstLetter
    }

    /// The text without its closing full stop, unless the stop ends an abbreviation (`etc.`).
    private static func withoutFullStop(_ text: String) -> String {
        guard text.hasSuffix("."), !text.hasSuffix("..."), !text.hasSuffix("etc.") else { return text }
        return String(text.dropLast())
    }
}
