import PolicyModel

/// Art. 13(1)(f): each transfer outside the EEA with its country, its safeguard and how to obtain a copy.
enum TransfersSection: SectionBuilder {
    static let kind = StatementSection.transfers

    static func blocks(_ c: Composer) -> [Block] {
        let rows = c.policy.transfers.enumerated().filter { !c.isMissing("/transfers" / $0.offset) }
            .map { index, transfer in
                Table.Row(id: nil, cells: [
                    recipient(c, transfer, at: "/transfers" / index),
                    [.text(c.country(transfer.country))],
                    safeguard(c, transfer, at: "/transfers" / index),
                    copy(c, transfer, at: "/transfers" / index),
                ])
            }
        guard !rows.isEmpty else { return [] }
        let header = ["recipient", "country", "safeguard", "copy"]
            .map { [Inline.text(c.string("transfers.column.\($0)"))] }
        return [.paragraph(c("transfers.intro")), .table(Table(header: header, rows: rows))]
    }

    private static func recipient(_ c: Composer, _ transfer: Transfer, at pointer: JSONPointer) -> [Inline] {
        let name: [Inline] = [.text(c.text(c.policy.recipient(transfer.recipient)?.name))]
        guard let importer = c.known(transfer.importer, at: pointer / "importer") else { return name }
        return c("transfers.importer", ["recipient": name, "importer": [.text(importer)]])
    }

    /// The mechanism, its reference and, for a derogation, its ground.
    private static func safeguard(_ c: Composer, _ transfer: Transfer, at pointer: JSONPointer) -> [Inline] {
        var parts = [c("mechanism.\(transfer.mechanism.rawValue)")]
        if let reference = c.known(transfer.reference, at: pointer / "reference") {
            parts.append(c("transfers.reference", ["reference": [.text(reference)]]))
        }
        if let derogation = transfer.derogation, !c.isMissing(pointer / "derogation") {
            parts.append(c("transfers.derogation", ["derogation": c("derogation.\(derogation.rawValue)")]))
        }
        return c.joined(parts, separator: ". ")
    }

    /// The policy's own words, or, for a Commission decision, where it is published.
    private static func copy(_ c: Composer, _ transfer: Transfer, at pointer: JSONPointer) -> [Inline] {
        if let copy = c.known(transfer.copy, at: pointer / "copy") { return [.text(copy)] }
        guard !c.isMissing(pointer / "copy") else { return [] }
        switch transfer.mechanism {
        case .adequacyDecision, .dataPrivacyFramework: return c("transfers.published")
        default: return []
        }
    }
}
