import PolicyCatalogue
import PolicyModel

/// The short first layer of the EDPB layered approach: who, what, why, your rights, how to contact.
enum AtAGlanceSection: SectionBuilder {
    static let kind = StatementSection.atAGlance

    static func blocks(_ c: Composer) -> [Block] {
        var items: [[Inline]] = [c(.glanceWho, ("controller", .runs(ControllerSection.identity(c, strong: false))))]
        let labels = c.categoryLabels
        let categories = c.allCategoryIndices.enumerated().map { position, index in
            position == 0 ? RunningTextLabel(asWritten: labels[index]) : c.categoryLabelInRunningText(at: index)
        }
        if !categories.isEmpty { items.append(c(.glanceWhat, ("categories", .runs(c.joined(labels: categories))))) }
        let purposes = c.policy.purposes.indices.map { index in
            index == 0 ? RunningTextLabel(asWritten: c.purposeNames[0]) : c.purposeNameInRunningText(at: index)
        }
        if !purposes.isEmpty { items.append(c(.glanceWhy, ("purposes", .runs(c.joined(labels: purposes, separator: "; "))))) }
        items.append(c(.glanceRights, ("rights", .runs(c.joined(texts: rightNames(c)))), ("link", .runs(c.link(to: .rights)))))
        let contact = contactLinks(c)
        if !contact.isEmpty { items.append(c(.glanceContact, ("contact", .runs(c.joined(contact, separator: ", "))))) }
        if let authority = c.supervisoryAuthority {
            items.append(c(.glanceComplaint, ("authority", .text(authority.acronym))))
        }
        return [.paragraph(c(.glanceIntro, ("controller", .text(c.controllerName)))), .list(items)]
    }

    /// The short names of the main rights, objection once whatever its ground.
    private static func rightNames(_ c: Composer) -> [String] {
        let rights = c.rights
        var keys: [SentenceKey] = [.glanceRightAccess, .glanceRightRectification, .glanceRightErasure, .glanceRightRestriction]
        if rights.contains(.portability) { keys.append(.glanceRightPortability) }
        if rights.contains(.objection) || rights.contains(.objectionToDirectMarketing) { keys.append(.glanceRightObjection) }
        return keys.map { c.string($0) }
    }

    /// The channels for exercising rights, or the controller's, as bare links.
    private static func contactLinks(_ c: Composer) -> [[Inline]] {
        let channels = c.policy.rights.channels.isEmpty ? c.policy.controller.contact : c.policy.rights.channels
        return channels.compactMap { channel -> [Inline]? in
            guard channel.kind == .post else { return c.channel(channel).links }
            return channel.address.map { [.text(c.address($0))] }
        }
    }
}
