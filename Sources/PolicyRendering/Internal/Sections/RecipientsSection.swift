import PolicyCatalogue
import PolicyModel

/// Art. 13(1)(e): the recipients, with their role, service, where they process the data and the
/// safeguard of any transfer.
enum RecipientsSection: SectionBuilder {
    static let kind = StatementSection.recipients

    static func blocks(_ c: Composer) -> [Block] {
        let rows = c.policy.recipients.enumerated().filter { !c.isMissing("/recipients" / $0.offset) }
            .map { index, recipient in
                Table.Row(id: "recipient-\(recipient.id)", cells: [
                    name(c, recipient),
                    [.text(c.string("role.\(recipient.role.rawValue)"))],
                    [.text(c.text(recipient.service))],
                    countries(c, recipient, at: "/recipients" / index),
                    safeguard(c, recipient),
                ])
            }
        guard !rows.isEmpty else { return [] }
        let header = ["name", "role", "service", "country", "safeguard"]
            .map { [Inline.text(c.string("recipients.column.\($0)"))] }
        var blocks: [Block] = [.paragraph(c("recipients.intro")), .table(Table(header: header, rows: rows))]
        if c.policy.recipients.contains(where: { $0.role == .processor }) {
            blocks.append(.paragraph(c("recipients.processors")))
        }
        return blocks
    }

    /// The recipient's name, linked to its own privacy notice when it has one.
    private static func name(_ c: Composer, _ recipient: Recipient) -> [Inline] {
        guard let notice = recipient.privacyNotice else { return [.text(c.text(recipient.name))] }
        return [.link(text: c.text(recipient.name), to: notice)]
    }

    /// `Ireland; United States (through Google LLC)`.
    private static func countries(_ c: Composer, _ recipient: Recipient, at pointer: JSONPointer) -> [Inline] {
        var parts: [[Inline]] = []
        if !recipient.processingCountries.isEmpty, !c.isMissing(pointer / "processingCountries") {
            parts.append([.text(recipient.processingCountries.map { c.country($0) }.joined(separator: ", "))])
        }
        for sub in recipient.subProcessors where !sub.processingCountries.isEmpty {
            parts.append(c("recipients.viaSubProcessor", [
                "countries": [.text(sub.processingCountries.map { c.country($0) }.joined(separator: ", "))],
                "name": [.text(sub.name)],
            ]))
        }
        return c.joined(parts, separator: "; ")
    }

    /// The transfer mechanisms relied on, or that the data stays in the EEA.
    private static func safeguard(_ c: Composer, _ recipient: Recipient) -> [Inline] {
        let mechanisms = c.policy.transfers.filter { $0.recipient == recipient.id }.map(\.mechanism)
        if !mechanisms.isEmpty {
            var unique: [TransferMechanism] = []
            for mechanism in mechanisms where !unique.contains(mechanism) { unique.append(mechanism) }
            return c.joined(unique.map { c("mechanism.\($0.rawValue)") }, separator: "; ")
        }
        let all = recipient.processingCountries + recipient.subProcessors.flatMap(\.processingCountries)
        guard !all.isEmpty, Law.thirdCountries(of: recipient).isEmpty else { return [] }
        return c("recipients.withinEEA")
    }
}
