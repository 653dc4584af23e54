import PolicyModel

/// Art. 13(1)(c): each purpose with the data it uses, its legal basis and how long the data is kept.
///
/// The retention cell names the data each rule covers before its period (`Requests: 3 years from our last
/// contact`), so that a period written for the retention table (`from their receipt`) reads the same here;
/// a purpose no rule covers is said to have no period specified.
enum PurposesSection: SectionBuilder {
    static let kind = StatementSection.purposes

    static func blocks(_ c: Composer) -> [Block] {
        let durations = RetentionSection.durations(c)
        let rules = rulesByPurpose(c, durations: durations)
        let positions = c.purposePositions
        let notSpecified = Runs(c(.purposesRetentionNotSpecified))
        var cells = RetentionCells(count: durations.count)
        let purposes = c.policy.purposes
        // By index, reading the purpose where it stands: a copy of a purpose retains each of its fields.
        var rows = Table.Rows(capacity: purposes.count, cellsPerRow: 4)
        for index in purposes.indices {
            rows.append(
                RowAnchor(kind: .purpose, identifier: purposes[index].id.rawValue),
                .plain(c.purposeNames[index]),
                c.isMissing(JSONPointer(["purposes"]) / index / "dataCategories")
                    ? Runs(c(.purposesDataNotSpecified)) : data(c, purposes[index].dataCategories),
                basis(c, purposes[index].legalBasis, purposes[index].specialCategoryCondition,
                      conditionIsMissing: c.isMissing(JSONPointer(["purposes"]) / index / "specialCategoryCondition")),
                retention(c, positions.position(of: purposes[index].id).map { rules[$0] } ?? [], durations: durations,
                          cells: &cells, otherwise: notSpecified))
        }
        let header = SentenceKey.purposesColumns.map { Runs.plain(c.string($0)) }
        return [.paragraph(c(.purposesIntro)), .table(Table(header: header, rows: rows))]
    }

    /// The labels of a purpose's categories, the first as written and the others in running text.
    ///
    /// Written in the composer's scratch buffer as the categories are found, and made a string once;
    /// a single label is its own string.
    static func data(_ c: Composer, _ categories: [DataCategoryID]) -> Runs {
        let positions = c.categoryPositions
        let labels = c.categoryLabels
        var first = ""
        var count = 0
        let text = c.plainText(capitalized: false) { out in
            for id in categories {
                guard let index = positions.position(of: id) else { continue }
                if count == 0 {
                    first = labels[index]
                    out.append(first)
                } else {
                    out.append(", ")
                    out.append(c.categoryLabelInRunningText(at: index))
                }
                count += 1
            }
            return true
        }
        switch count {
        case 0: return .mixed([])
        case 1: return first.isEmpty ? .mixed([]) : .plain(first)
        default: return text.map { $0.isEmpty ? .mixed([]) : .plain($0) } ?? .mixed([])
        }
    }

    /// The Art. 6 basis, and the Art. 9(2) condition when special categories are used, or that it is
    /// not specified when the policy declares it missing.
    private static func basis(
        _ c: Composer, _ legalBasis: LegalBasis, _ condition: SpecialCategoryCondition?, conditionIsMissing: Bool
    ) -> Runs {
        let basis = c(SentenceKey.basis[legalBasis])
        guard condition != nil || conditionIsMissing else { return Runs(basis) }
        var cell = RunsBuilder()
        cell.append(basis)
        cell.append(text: " — ")
        if let condition, !conditionIsMissing {
            cell.append(c(.purposesSpecialCondition, ("condition", .runs(c(SentenceKey.condition[condition])))))
        } else {
            cell.append(c(.purposesSpecialConditionNotSpecified))
        }
        return cell.finishRuns()
    }

    /// For each purpose, by the position of its identifier (``Composer/purposePositions``), the positions
    /// of the retention rules that name it and say something, in order.
    ///
    /// Two identifiers have the same position exactly when they are equal, so counting a rule once per
    /// position counts it once per purpose it names, as a dictionary by identifier would.
    private static func rulesByPurpose(_ c: Composer, durations: [Runs]) -> RulesByPurpose {
        let positions = c.purposePositions
        // Each (purpose, rule) pair once, in the order of the rules.
        var pairs: [(purpose: Int, rule: Int)] = []
        var named: [Int] = []
        let retention = c.policy.retention
        for index in retention.indices where !durations[index].isEmpty {
            named.removeAll(keepingCapacity: true)
            for purpose in retention[index].purposes {
                guard let position = positions.position(of: purpose), !named.contains(position) else { continue }
                named.append(position)
                pairs.append((position, index))
            }
        }
        return RulesByPurpose(purposes: c.policy.purposes.count, pairs: pairs)
    }

    /// The rules of each purpose, in one list: what an array of rules per purpose holds, with a few
    /// allocations in all instead of one per purpose.
    struct RulesByPurpose {
        /// The rules of purpose `p` are `rules[starts[p]..<starts[p + 1]]`.
        private var starts: [Int]
        private var rules: [Int]

        /// The rules of `pairs`, grouped by purpose (a counting sort, so each purpose keeps the
        /// pairs' order), for `purposes` purposes.
        init(purposes: Int, pairs: [(purpose: Int, rule: Int)]) {
            starts = Array(repeating: 0, count: purposes + 1)
            for pair in pairs { starts[pair.purpose + 1] += 1 }
            for purpose in 0..<purposes { starts[purpose + 1] += starts[purpose] }
            var next = starts
            rules = Array(repeating: 0, count: pairs.count)
            for pair in pairs {
                rules[next[pair.purpose]] = pair.rule
                next[pair.purpose] += 1
            }
        }

        /// The positions of the rules of the purpose at `purpose`, in order.
        subscript(purpose: Int) -> ArraySlice<Int> {
            rules[starts[purpose]..<starts[purpose + 1]]
        }
    }

    /// The rules' texts as the purposes table writes them, each worked out once: a rule often covers
    /// several purposes.
    struct RetentionCells {
        /// The rule as it starts a cell (capitalized).
        private var starting: [Runs?]
        /// The rule after another, in running text.
        var following: [Runs?]

        init(count: Int) {
            starting = Array(repeating: nil, count: count)
            following = starting
        }

        /// The rule at `index` as it starts a cell.
        mutating func first(_ c: Composer, at index: Int, durations: [Runs]) -> Runs {
            if let known = starting[index] { return known }
            let text = ruleText(c, at: index, durations: durations)
            starting[index] = text
            return text
        }
    }

    /// The data the rule at `index` covers and its period, `Mandate files: 10 years from the end of the
    /// mandate`; the period alone when the rule names no data.
    ///
    /// Written as one plain text (``Composer/plainText(capitalized:_:)``) when the period and the sentence
    /// are plain text, as they are in the shipped templates; as runs (``ruleTextRuns(_:at:durations:)``) else.
    static func ruleText(_ c: Composer, at index: Int, durations: [Runs]) -> Runs {
        let rule = c.policy.retention[index]
        guard let subject = c.known(rule.subject, at: JSONPointer(["retention"]) / index / "subject") else { return durations[index] }
        if case .plain(let duration) = durations[index] {
            let period = c.runningTextLabel(duration)
            let text = c.plainText(capitalized: true) { out in
                out.append(.purposesRetentionRule) { slot in
                    if slot == 0 { out.append(subject) } else { out.append(period) }
                }
            }
            if let text { return text.isEmpty ? .mixed([]) : .plain(text) }
        }
        return ruleTextRuns(c, at: index, durations: durations)
    }

    /// ``ruleText(_:at:durations:)`` built as runs, for templates or periods that are not plain text.
    static func ruleTextRuns(_ c: Composer, at index: Int, durations: [Runs]) -> Runs {
        let rule = c.policy.retention[index]
        guard let subject = c.known(rule.subject, at: JSONPointer(["retention"]) / index / "subject") else { return durations[index] }
        var runs = c.runs(.purposesRetentionRule, ("subject", .text(subject)), ("duration", .runs(c.inRunningText(durations[index]))))
        runs.capitalizeFirstLetter()
        return runs
    }

    /// The retention rules at `rules`, each with the data it covers, or that no period is specified.
    private static func retention(
        _ c: Composer, _ rules: ArraySlice<Int>, durations: [Runs], cells: inout RetentionCells, otherwise notSpecified: Runs
    ) -> Runs {
        guard let firstRule = rules.first else { return notSpecified }
        let first = cells.first(c, at: firstRule, durations: durations)
        guard rules.count > 1 else { return first }
        var cell = RunsBuilder()
        cell.append(first)
        for index in rules.dropFirst() {
            cell.append(text: "; ")
            if cells.following[index] == nil { cells.following[index] = c.inRunningText(cells.first(c, at: index, durations: durations)) }
            cell.append(cells.following[index] ?? .mixed([]))
        }
        return cell.finishRuns()
    }
}
