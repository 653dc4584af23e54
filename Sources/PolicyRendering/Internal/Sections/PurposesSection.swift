import PolicyModel

/// Art. 13(1)(c): each purpose with the data it uses, its legal basis and how long the data is kept.
enum PurposesSection: SectionBuilder {
    static let kind = StatementSection.purposes

    static func blocks(_ c: Composer) -> [Block] {
        let durations = RetentionSection.durations(c)
        let retentionSee = c.policy.retention.isEmpty
            ? [] : c(.purposesRetentionSee, ("link", .runs(c.link(to: .retention)))).capitalizingFirstLetter
        let rows = c.policy.purposes.enumerated().map { index, purpose in
            Table.Row(id: "purpose-\(purpose.id)", cells: [
                [.text(c.purposeNames[index])],
                data(c, purpose),
                basis(c, purpose),
                retention(c, purpose, durations: durations, otherwise: retentionSee),
            ])
        }
        let header = SentenceKey.purposesColumns.map { [Inline.text(c.string($0))] }
        return [.paragraph(c(.purposesIntro)), .table(Table(header: header, rows: rows))]
    }

    /// The labels of the purpose's categories, the first as written and the others in running text.
    private static func data(_ c: Composer, _ purpose: Purpose) -> [Inline] {
        var text = ""
        for (position, index) in c.categoryIndices(purpose.dataCategories).enumerated() {
            if position > 0 { text += ", " }
            text += position == 0 ? c.categoryLabels[index] : c.categoryLabelInRunningText(at: index)
        }
        return text.isEmpty ? [] : [.text(text)]
    }

    /// The Art. 6 basis, and the Art. 9(2) condition when special categories are used.
    private static func basis(_ c: Composer, _ purpose: Purpose) -> [Inline] {
        let basis = c(SentenceKey.basis[purpose.legalBasis])
        guard let condition = purpose.specialCategoryCondition else { return basis }
        var cell = RunsBuilder()
        cell.append(basis)
        cell.append(text: " — ")
        cell.append(c(.purposesSpecialCondition, ("condition", .runs(c(SentenceKey.condition[condition])))))
        return cell.finish()
    }

    /// The retention rules that name the purpose, or a pointer to the retention section.
    private static func retention(
        _ c: Composer, _ purpose: Purpose, durations: [[Inline]], otherwise retentionSee: [Inline]
    ) -> [Inline] {
        var cell = RunsBuilder()
        var first = true
        for (index, rule) in c.policy.retention.enumerated() where !durations[index].isEmpty && rule.purposes.contains(purpose.id) {
            if first {
                cell.append(durations[index])
            } else {
                cell.append(text: "; ")
                cell.append(c.inRunningText(durations[index]))
            }
            first = false
        }
        return first ? retentionSee : cell.finish()
    }
}
