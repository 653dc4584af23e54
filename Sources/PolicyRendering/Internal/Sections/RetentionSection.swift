import PolicyModel

/// Art. 13(2)(a): how long each kind of data is kept, or the criteria that fix it.
enum RetentionSection: SectionBuilder {
    static let kind = StatementSection.retention

    static func blocks(_ c: Composer) -> [Block] {
        let durations = durations(c)
        let rules = c.policy.retention
        var rows = Table.Rows(capacity: rules.count, cellsPerRow: 2)
        for index in rules.indices {
            let duration = durations[index]
            guard !duration.isEmpty, let subject = c.known(rules[index].subject, at: JSONPointer(["retention"]) / index / "subject") else {
                continue
            }
            rows.append(nil, .plain(subject), duration)
        }
        guard !rows.isEmpty else { return [] }
        let header = SentenceKey.retentionColumns.map { Runs.plain(c.string($0)) }
        return [.paragraph(c(.retentionIntro)), .table(Table(header: header, rows: rows))]
    }

    /// ``duration(_:_:at:)`` of every retention rule, in the policy's order, worked out once per composer.
    static func durations(_ c: Composer) -> [Runs] {
        if let known = c.retentionDurations { return known }
        let rules = c.policy.retention
        // By index, each rule read where it stands: a copy of one retains each of its fields.
        let durations = rules.indices.map { duration(c, rules[$0], at: JSONPointer(["retention"]) / $0) }
        c.retentionDurations = durations
        return durations
    }

    /// `Three years from the last contact; criteria: … (CMF art. L.561-12)`, without a closing full
    /// stop so that cells read alike and join cleanly; empty when nothing is known.
    ///
    /// Written as one plain text (``Composer/plainText(capitalized:_:)``) when the two sentences it uses
    /// are plain text, as they are in the shipped templates; as runs (``durationRuns(_:_:at:)``) else.
    static func duration(_ c: Composer, _ rule: Retention, at pointer: @autoclosure () -> JSONPointer) -> Runs {
        var length: String?
        var event: String?
        if let period = rule.period, !c.isMissing(pointer() / "period") {
            length = c.period(period)
            event = c.known(rule.startingEvent, at: pointer() / "startingEvent")
        }
        let criteria = c.known(rule.criteria, at: pointer() / "criteria").map(withoutFullStop)
        guard length != nil || criteria != nil else { return .mixed([]) }
        let reference = c.known(rule.legalReference, at: pointer() / "legalReference")
        let text = c.plainText(capitalized: true) { out in
            if let length {
                if let event {
                    guard out.append(.retentionPeriodFrom, length, event) else { return false }
                } else {
                    out.append(length)
                }
            }
            if let criteria {
                if length == nil {
                    out.append(criteria)
                } else {
                    out.append("; ")
                    guard out.append(.retentionCriteria, criteria) else { return false }
                }
            }
            if let reference {
                out.append(" (")
                out.append(reference)
                out.append(")")
            }
            return true
        }
        guard let text else { return durationRuns(c, rule, at: pointer()) }
        return text.isEmpty ? .mixed([]) : .plain(text)
    }

    /// ``duration(_:_:at:)`` built as runs, for templates whose sentences are not plain text.
    static func durationRuns(_ c: Composer, _ rule: Retention, at pointer: @autoclosure () -> JSONPointer) -> Runs {
        var cell = RunsBuilder()
        var isEmpty = true
        if let period = rule.period, !c.isMissing(pointer() / "period") {
            let length = c.period(period)
            if let event = c.known(rule.startingEvent, at: pointer() / "startingEvent") {
                cell.append(c.runs(.retentionPeriodFrom, ("period", .text(length)), ("event", .text(event))))
            } else {
                cell.append(text: length)
            }
            isEmpty = false
        }
        if let criteria = c.known(rule.criteria, at: pointer() / "criteria").map(withoutFullStop) {
            if isEmpty {
                cell.append(text: String(criteria))
            } else {
                cell.append(text: "; ")
                cell.append(c.runs(.retentionCriteria, ("criteria", .text(String(criteria)))))
            }
            isEmpty = false
        }
        guard !isEmpty else { return .mixed([]) }
        if let reference = c.known(rule.legalReference, at: pointer() / "legalReference") {
            cell.append(text: " (\(reference))")
        }
        var runs = cell.finishRuns()
        runs.capitalizeFirstLetter()
        return runs
    }

    /// The text without its closing full stop, unless the stop ends an abbreviation (`etc.`).
    private static func withoutFullStop(_ text: String) -> Substring {
        guard text.hasSuffix("."), !text.hasSuffix("..."), !text.hasSuffix("etc.") else { return text[...] }
        return text.dropLast()
    }
}
