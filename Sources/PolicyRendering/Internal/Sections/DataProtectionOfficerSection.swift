import PolicyModel

/// Art. 13(1)(b): the data protection officer, or that none is designated.
///
/// Left out when the source does not say whether a DPO is designated.
enum DataProtectionOfficerSection: SectionBuilder {
    static let kind = StatementSection.dataProtectionOfficer

    static func blocks(_ c: Composer) -> [Block] {
        guard let dpo = c.policy.dpo, !c.isMissing("/dpo") else { return [] }
        switch dpo.status {
        case .designated:
            var blocks: [Block] = []
            if let name = c.known(dpo.name, at: "/dpo/name") {
                blocks.append(.paragraph(c(.dpoNamed, ("name", .text(name)))))
            }
            let channels = c.isMissing("/dpo/contact") ? [] : c.channelItems(dpo.contact)
            if !channels.isEmpty { blocks += [.paragraph(c(.dpoDesignated)), .list(channels)] }
            return blocks
        case .notDesignated:
            var blocks: [Block] = [.paragraph(c(.dpoNotDesignated))]
            if let reason = c.known(dpo.reasonNotDesignated, at: "/dpo/reasonNotDesignated") {
                blocks.append(.paragraph([.text(reason)]))
            }
            blocks.append(.paragraph(c(.dpoContactUs)))
            return blocks
        }
    }
}
