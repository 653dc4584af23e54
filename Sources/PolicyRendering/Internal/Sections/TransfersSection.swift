import PolicyModel

/// Art. 13(1)(f): each transfer outside the EEA with its country, its safeguard and how to obtain a copy; when the
/// policy declares its transfers missing and describes none, a sentence saying they are not specified.
enum TransfersSection: SectionBuilder {
    static let kind = StatementSection.transfers

    static func blocks(_ c: Composer) -> [Block] {
        var rows = Table.Rows(capacity: c.policy.transfers.count, cellsPerRow: 4)
        for (index, transfer) in c.policy.transfers.enumerated() where !c.isMissing(JSONPointer(["transfers"]) / index) {
            rows.append(
                nil,
                recipient(c, transfer, at: JSONPointer(["transfers"]) / index),
                .plain(c.country(transfer.country)),
                safeguard(c, transfer, at: JSONPointer(["transfers"]) / index),
                copy(c, transfer, at: JSONPointer(["transfers"]) / index))
        }
        guard !rows.isEmpty else {
            // Transfers declared missing and none described: said, not left out.
            return c.isMissing("/transfers") ? [.paragraph(c(.transfersNotSpecified))] : []
        }
        let header = SentenceKey.transfersColumns.map { Runs.plain(c.string($0)) }
        return [.paragraph(c(.transfersIntro)), .table(Table(header: header, rows: rows))]
    }

    private static func recipient(_ c: Composer, _ transfer: Transfer, at pointer: @autoclosure () -> JSONPointer) -> Runs {
        let recipient = c.recipientPositions.position(of: transfer.recipient)
        let name = c.text(recipient.map { c.policy.recipients[$0].name })
        guard let importer = c.known(transfer.importer, at: pointer() / "importer") else { return .plain(name) }
        return c.runs(.transfersImporter, ("recipient", .text(name)), ("importer", .text(importer)))
    }

    /// The mechanism, its reference and, for a derogation, its ground.
    ///
    /// Written as one plain text (``Composer/plainText(capitalized:_:)``) when the sentences it uses
    /// are plain text, as they are in the shipped templates; as runs (``safeguardRuns(_:_:at:)``) else.
    static func safeguard(_ c: Composer, _ transfer: Transfer, at pointer: @autoclosure () -> JSONPointer) -> Runs {
        let reference = c.known(transfer.reference, at: pointer() / "reference")
        let derogation = transfer.derogation.flatMap { c.isMissing(pointer() / "derogation") ? nil : $0 }
        let text = c.plainText(capitalized: false) { out in
            guard out.append(SentenceKey.mechanism[transfer.mechanism]) else { return false }
            if let reference {
                out.append(". ")
                guard out.append(.transfersReference, reference) else { return false }
            }
            if let derogation {
                out.append(". ")
                var groundIsPlain = true
                let written = out.append(.transfersDerogation) { _ in groundIsPlain = out.append(SentenceKey.derogation[derogation]) }
                guard written, groundIsPlain else { return false }
            }
            return true
        }
        guard let text else { return Runs(safeguardRuns(c, transfer, at: pointer())) }
        return text.isEmpty ? .mixed([]) : .plain(text)
    }

    /// ``safeguard(_:_:at:)`` built as runs, for templates whose sentences are not plain text.
    static func safeguardRuns(_ c: Composer, _ transfer: Transfer, at pointer: @autoclosure () -> JSONPointer) -> [Inline] {
        var parts = [c(SentenceKey.mechanism[transfer.mechanism])]
        if let reference = c.known(transfer.reference, at: pointer() / "reference") {
            parts.append(c(.transfersReference, ("reference", .text(reference))))
        }
        if let derogation = transfer.derogation, !c.isMissing(pointer() / "derogation") {
            parts.append(c(.transfersDerogation, ("derogation", .runs(c(SentenceKey.derogation[derogation])))))
        }
        return c.joined(parts, separator: ". ")
    }

    /// The policy's own words, `Not specified` when the policy declares them missing, or, for a Commission
    /// decision, where it is published.
    private static func copy(_ c: Composer, _ transfer: Transfer, at pointer: @autoclosure () -> JSONPointer) -> Runs {
        if let copy = c.known(transfer.copy, at: pointer() / "copy") { return .plain(copy) }
        guard !c.isMissing(pointer() / "copy") else { return Runs(c(.transfersCopyNotSpecified)) }
        switch transfer.mechanism {
        case .adequacyDecision, .dataPrivacyFramework: return Runs(c(.transfersPublished))
        default: return .mixed([])
        }
    }
}
