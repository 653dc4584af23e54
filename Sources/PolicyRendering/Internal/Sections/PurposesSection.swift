import PolicyModel

/// Art. 13(1)(c): each purpose with the data it uses, its legal basis and how long the data is kept.
enum PurposesSection: SectionBuilder {
    static let kind = StatementSection.purposes

    static func blocks(_ c: Composer) -> [Block] {
        let rows = c.policy.purposes.enumerated().map { index, purpose in
            Table.Row(id: "purpose-\(purpose.id)", cells: [
                [.text(c.text(purpose.description))],
                c.joined(c.inRunningTextAfterFirst(c.categoryLabels(purpose.dataCategories)), separator: ", "),
                basis(c, purpose),
                retention(c, purpose),
            ])
        }
        let header = ["purpose", "data", "basis", "retention"].map { [Inline.text(c.string("purposes.column.\($0)"))] }
        return [.paragraph(c("purposes.intro")), .table(Table(header: header, rows: rows))]
    }

    /// The Art. 6 basis, and the Art. 9(2) condition when special categories are used.
    private static func basis(_ c: Composer, _ purpose: Purpose) -> [Inline] {
        var cell = c("basis.\(purpose.legalBasis.rawValue)")
        if let condition = purpose.specialCategoryCondition {
            cell.append(.text(" — "))
            cell += c("purposes.specialCondition", ["condition": c("condition.\(condition.rawValue)")])
        }
        return cell.merged
    }

    /// The retention rules that name the purpose, or a pointer to the retention section.
    private static func retention(_ c: Composer, _ purpose: Purpose) -> [Inline] {
        let durations = c.policy.retention.enumerated()
            .filter { $0.element.purposes.contains(purpose.id) }
            .map { RetentionSection.duration(c, $0.element, at: "/retention" / $0.offset) }
            .filter { !$0.isEmpty }
        if !durations.isEmpty { return c.joined(c.inRunningTextAfterFirst(durations), separator: "; ") }
        guard !c.policy.retention.isEmpty else { return [] }
        return c("purposes.retentionSee", ["link": c.link(to: .retention)]).capitalizingFirstLetter
    }
}
