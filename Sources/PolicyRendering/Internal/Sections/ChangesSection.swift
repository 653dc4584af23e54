import PolicyModel

/// Changes to the statement (Art. 13(3)), its version history and the date of the last update.
enum ChangesSection: SectionBuilder {
    static let kind = StatementSection.changes

    static func blocks(_ c: Composer) -> [Block] {
        var rows = Table.Rows(capacity: c.policy.history.count, cellsPerRow: 3)
        for (index, revision) in c.policy.history.enumerated() {
            rows.append(
                nil,
                .plain(revision.version),
                .plain(c.date(revision.date)),
                .plain(c.known(revision.summary, at: JSONPointer(["history"]) / index / "summary") ?? ""))
        }
        let header = SentenceKey.changesColumns.map { Runs.plain(c.string($0)) }
        return [
            .paragraph(c(.changesIntro)),
            .table(Table(header: header, rows: rows)),
            .paragraph(lastUpdated(c)),
        ]
    }

    /// `Last updated: 20 April 2018 (version 2.0)`; when the effective date is declared missing (a statement
    /// that bears no date, known from a dated copy), the version alone, saying the date is not specified.
    static func lastUpdated(_ c: Composer) -> [Inline] {
        if c.isMissing(JSONPointer(["effectiveDate"])) {
            return c(.pageVersionUndated, ("version", .text(c.policy.version)))
        }
        return c(.pageLastUpdated, ("date", .text(c.date(c.policy.effectiveDate))), ("version", .text(c.policy.version)))
    }
}
