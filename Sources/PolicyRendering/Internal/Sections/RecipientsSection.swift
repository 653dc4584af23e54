import PolicyCatalogue
import PolicyModel

/// Art. 13(1)(e): the recipients, with their role, service, where they process the data and the
/// safeguard of any transfer.
///
/// A place or a safeguard the policy declares missing reads `Not specified`; an empty cell is one that
/// does not apply (staff of the controller, a recipient in the EEA without sub-processors abroad).
enum RecipientsSection: SectionBuilder {
    static let kind = StatementSection.recipients

    static func blocks(_ c: Composer) -> [Block] {
        let positions = c.recipientPositions
        let mechanisms = mechanismsByRecipient(c)
        var rows = Table.Rows(capacity: c.policy.recipients.count, cellsPerRow: 5)
        for (index, recipient) in c.policy.recipients.enumerated() where !c.isMissing(JSONPointer(["recipients"]) / index) {
            rows.append(
                RowAnchor(kind: .recipient, identifier: recipient.id.rawValue),
                name(c, recipient),
                .plain(c.string(SentenceKey.role[recipient.role])),
                c.isMissing(JSONPointer(["recipients"]) / index / "service")
                    ? Runs(c(.recipientsServiceNotSpecified)) : .plain(c.text(recipient.service)),
                countryCell(c, recipient, at: JSONPointer(["recipients"]) / index),
                safeguardCell(c, recipient, mechanisms: positions.position(of: recipient.id).map { mechanisms[$0] } ?? [],
                              at: JSONPointer(["recipients"]) / index))
        }
        guard !rows.isEmpty else { return [] }
        let header = SentenceKey.recipientsColumns.map { Runs.plain(c.string($0)) }
        var blocks: [Block] = [.paragraph(c(.recipientsIntro)), .table(Table(header: header, rows: rows))]
        if c.policy.recipients.contains(where: { $0.role == .processor }) {
            blocks.append(.paragraph(c(.recipientsProcessors)))
        }
        return blocks
    }

    /// The recipient's name, linked to its own privacy notice when it has one.
    private static func name(_ c: Composer, _ recipient: Recipient) -> Runs {
        guard let notice = recipient.privacyNotice else { return .plain(c.text(recipient.name)) }
        return .mixed([.link(text: c.text(recipient.name), to: notice)])
    }

    /// ``countries(_:_:at:)``; when the recipient's own countries are declared missing, `Not specified`,
    /// followed by its sub-processors' countries when they are given (`Not specified; United States
    /// (through Google LLC)`), so that a sub-processor's country is not read as the recipient's.
    private static func countryCell(_ c: Composer, _ recipient: Recipient, at pointer: @autoclosure () -> JSONPointer) -> Runs {
        if c.isMissing(pointer() / "processingCountries") {
            return countryRuns(c, recipient, at: pointer(), leading: c(.recipientsCountryNotSpecified))
        }
        return countries(c, recipient, at: pointer())
    }

    /// ``safeguard(_:_:mechanisms:)``, or `Not specified` when no transfer to the recipient is declared and
    /// the policy declares missing its transfer (`/recipients/…/transfer`), the transfers, or the
    /// recipient's countries (so that whether its data leaves the EEA is not known).
    private static func safeguardCell(
        _ c: Composer, _ recipient: Recipient, mechanisms: [TransferMechanism], at pointer: @autoclosure () -> JSONPointer
    ) -> Runs {
        // The pointer is only built when the policy declares a missing fact.
        if mechanisms.isEmpty, c.declaresMissingFacts,
            c.isMissing("/transfers") || c.isMissing(pointer() / "transfer") || c.isMissing(pointer() / "processingCountries") {
            return Runs(c(.recipientsSafeguardNotSpecified))
        }
        return safeguard(c, recipient, mechanisms: mechanisms)
    }

    /// `Ireland; United States (through Google LLC)`.
    ///
    /// Written as one plain text (``Composer/plainText(capitalized:_:)``) when the sub-processor
    /// sentence is plain text, as it is in the shipped templates; as runs (``countryRuns(_:_:at:)``) else.
    static func countries(_ c: Composer, _ recipient: Recipient, at pointer: @autoclosure () -> JSONPointer) -> Runs {
        let own = recipient.processingCountries.isEmpty || c.isMissing(pointer() / "processingCountries")
            ? [] : recipient.processingCountries
        let subProcessors = recipient.subProcessors
        // One country of its own and nothing else: its name, a string shared with the lexicon.
        if own.count == 1, !subProcessors.contains(where: { !$0.processingCountries.isEmpty }) {
            let name = c.country(own[0])
            return name.isEmpty ? .mixed([]) : .plain(name)
        }
        let text = c.plainText(capitalized: false) { out in
            out.append(joining: own.count, separator: ", ") { c.country(own[$0]) }
            var isEmpty = own.isEmpty
            for sub in subProcessors where !sub.processingCountries.isEmpty {
                if !isEmpty { out.append("; ") }
                let written = out.append(.recipientsViaSubProcessor) { slot in
                    if slot == 0 {
                        out.append(joining: sub.processingCountries.count, separator: ", ") { c.country(sub.processingCountries[$0]) }
                    } else {
                        out.append(sub.name)
                    }
                }
                guard written else { return false }
                isEmpty = false
            }
            return true
        }
        guard let text else { return countryRuns(c, recipient, at: pointer()) }
        return text.isEmpty ? .mixed([]) : .plain(text)
    }

    /// ``countries(_:_:at:)`` built as runs, for templates whose sub-processor sentence is not plain text, and
    /// for a cell that opens with `leading` in place of the recipient's own countries.
    static func countryRuns(
        _ c: Composer, _ recipient: Recipient, at pointer: @autoclosure () -> JSONPointer, leading: [Inline]? = nil
    ) -> Runs {
        var cell = RunsBuilder()
        var isEmpty = true
        if let leading {
            cell.append(leading)
            isEmpty = false
        } else if !recipient.processingCountries.isEmpty, !c.isMissing(pointer() / "processingCountries") {
            cell.append(text: countryNames(c, recipient.processingCountries))
            isEmpty = false
        }
        for sub in recipient.subProcessors where !sub.processingCountries.isEmpty {
            if !isEmpty { cell.append(text: "; ") }
            cell.append(c(.recipientsViaSubProcessor,
                ("countries", .text(countryNames(c, sub.processingCountries))), ("name", .text(sub.name))))
            isEmpty = false
        }
        return cell.finishRuns()
    }

    /// The countries' names joined by commas.
    private static func countryNames(_ c: Composer, _ codes: [CountryCode]) -> String {
        var text = ""
        for (index, code) in codes.enumerated() {
            if index > 0 { text += ", " }
            text += c.country(code)
        }
        return text
    }

    /// For each recipient, by the position of its identifier (``Composer/recipientPositions``), the
    /// mechanisms of the transfers to it, each once, in the order of the transfers.
    ///
    /// Two identifiers have the same position exactly when they are equal, so a recipient gets the
    /// transfers whose recipient equals its identifier, as comparing identifiers transfer by transfer would.
    private static func mechanismsByRecipient(_ c: Composer) -> [[TransferMechanism]] {
        let positions = c.recipientPositions
        var mechanisms = Array(repeating: [TransferMechanism](), count: c.policy.recipients.count)
        for transfer in c.policy.transfers {
            guard let position = positions.position(of: transfer.recipient),
                !mechanisms[position].contains(transfer.mechanism)
            else { continue }
            mechanisms[position].append(transfer.mechanism)
        }
        return mechanisms
    }

    /// The transfer mechanisms relied on (`mechanisms`, from ``mechanismsByRecipient(_:)``), or that
    /// the data stays in the EEA.
    ///
    /// The mechanisms are written as one plain text (``Composer/plainText(capitalized:_:)``) when their
    /// sentences are plain text, as they are in the shipped templates; as runs else.
    static func safeguard(_ c: Composer, _ recipient: Recipient, mechanisms: [TransferMechanism]) -> Runs {
        // One mechanism: its sentence's own runs, shared with the lexicon.
        if mechanisms.count == 1 { return Runs(c(SentenceKey.mechanism[mechanisms[0]])) }
        if !mechanisms.isEmpty {
            let text = c.plainText(capitalized: false) { out in
                for (position, mechanism) in mechanisms.enumerated() {
                    if position > 0 { out.append("; ") }
                    guard out.append(SentenceKey.mechanism[mechanism]) else { return false }
                }
                return true
            }
            guard let text else { return Runs(mechanismRuns(c, mechanisms)) }
            return text.isEmpty ? .mixed([]) : .plain(text)
        }
        return Runs(withinEEA(c, recipient))
    }

    /// The mechanisms' sentences joined as runs, for templates whose sentences are not plain text.
    static func mechanismRuns(_ c: Composer, _ mechanisms: [TransferMechanism]) -> [Inline] {
        c.joined(mechanisms.map { c(SentenceKey.mechanism[$0]) }, separator: "; ")
    }

    /// That the data stays in the EEA, when the recipient names countries and none is a third country.
    private static func withinEEA(_ c: Composer, _ recipient: Recipient) -> [Inline] {
        // As `Law.thirdCountries(of:)` being empty: some country is named, and none is a third country.
        let isThirdCountry = Countries.treatedAsThirdCountry
        var namesCountries = !recipient.processingCountries.isEmpty
        if recipient.processingCountries.contains(where: isThirdCountry) { return [] }
        for sub in recipient.subProcessors where !sub.processingCountries.isEmpty {
            namesCountries = true
            if sub.processingCountries.contains(where: isThirdCountry) { return [] }
        }
        return namesCountries ? c(.recipientsWithinEEA) : []
    }
}
