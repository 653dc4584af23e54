import PolicyModel

/// Art. 13(1)(c): each purpose with the data it uses, its legal basis and how long the data is kept.
enum PurposesSection: SectionBuilder {
    static let kind = StatementSection.purposes

    static func blocks(_ c: Composer) -> [Block] {
        let durations = RetentionSection.durations(c)
        let rules = rulesByPurpose(c, durations: durations)
        let positions = c.purposePositions
        let retentionSee = c.policy.retention.isEmpty
            ? Runs.mixed([]) : Runs(c(.purposesRetentionSee, ("link", .runs(c.link(to: .retention)))).capitalizingFirstLetter)
        var inRunningText: [Runs?] = Array(repeating: nil, count: durations.count)
        let purposes = c.policy.purposes
        // By index, reading the purpose where it stands: a copy of a purpose retains each of its fields.
        let rows = purposes.indices.map { index in
            Table.Row(id: Table.Row.anchorID("purpose-", purposes[index].id.rawValue), cells: [
                .plain(c.purposeNames[index]),
                data(c, purposes[index].dataCategories),
                basis(c, purposes[index].legalBasis, purposes[index].specialCategoryCondition),
                retention(c, positions.position(of: purposes[index].id).map { rules[$0] } ?? [], durations: durations,
                          inRunningText: &inRunningText, otherwise: retentionSee),
            ])
        }
        let header = SentenceKey.purposesColumns.map { Runs.plain(c.string($0)) }
        return [.paragraph(c(.purposesIntro)), .table(Table(header: header, rows: rows))]
    }

    /// The labels of a purpose's categories, the first as written and the others in running text.
    private static func data(_ c: Composer, _ categories: [DataCategoryID]) -> Runs {
        let indices = c.categoryIndices(categories)
        let labels = c.categoryLabels
        let text = String(joining: indices.count, separator: ", ", labels: { position in
            position == 0 ? RunningTextLabel(asWritten: labels[indices[0]]) : c.categoryLabelInRunningText(at: indices[position])
        })
        return text.isEmpty ? .mixed([]) : .plain(text)
    }

    /// The Art. 6 basis, and the Art. 9(2) condition when special categories are used.
    private static func basis(_ c: Composer, _ legalBasis: LegalBasis, _ condition: SpecialCategoryCondition?) -> Runs {
        let basis = c(SentenceKey.basis[legalBasis])
        guard let condition else { return Runs(basis) }
        var cell = RunsBuilder()
        cell.append(basis)
        cell.append(text: " — ")
        cell.append(c(.purposesSpecialCondition, ("condition", .runs(c(SentenceKey.condition[condition])))))
        return cell.finishRuns()
    }

    /// For each purpose, by the position of its identifier (``Composer/purposePositions``), the positions
    /// of the retention rules that name it and say something, in order.
    ///
    /// Two identifiers have the same position exactly when they are equal, so counting a rule once per
    /// position counts it once per purpose it names, as a dictionary by identifier would.
    private static func rulesByPurpose(_ c: Composer, durations: [Runs]) -> [[Int]] {
        let positions = c.purposePositions
        var rules = Array(repeating: [Int](), count: c.policy.purposes.count)
        var named: [Int] = []
        let retention = c.policy.retention
        for index in retention.indices where !durations[index].isEmpty {
            named.removeAll(keepingCapacity: true)
            for purpose in retention[index].purposes {
                guard let position = positions.position(of: purpose), !named.contains(position) else { continue }
                named.append(position)
                rules[position].append(index)
            }
        }
        return rules
    }

    /// The durations of the retention rules at `rules`, or a pointer to the retention section;
    /// `inRunningText` keeps the durations already set in running text.
    private static func retention(
        _ c: Composer, _ rules: [Int], durations: [Runs], inRunningText: inout [Runs?],
        otherwise retentionSee: Runs
    ) -> Runs {
        var cell = RunsBuilder()
        var first = true
        for index in rules {
            if first {
                cell.append(durations[index])
            } else {
                cell.append(text: "; ")
                if inRunningText[index] == nil { inRunningText[index] = c.inRunningText(durations[index]) }
                cell.append(inRunningText[index] ?? .mixed([]))
            }
            first = false
        }
        return first ? retentionSee : cell.finishRuns()
    }
}
