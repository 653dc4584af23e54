import PolicyCatalogue
import PolicyModel

/// The short first layer of the EDPB layered approach: who, what, why, your rights, how to contact.
enum AtAGlanceSection: SectionBuilder {
    static let kind = StatementSection.atAGlance

    static func blocks(_ c: Composer) -> [Block] {
        let name: [Inline] = [.text(c.controllerName)]
        var items: [[Inline]] = [c("glance.who", ["controller": ControllerSection.identity(c, strong: false)])]
        let categories = c.inRunningTextAfterFirst(c.categoryLabels(c.policy.dataCategories.map(\.id)))
        if !categories.isEmpty { items.append(c("glance.what", ["categories": c.joined(categories)])) }
        let purposes = c.inRunningTextAfterFirst(c.policy.purposes.map { [Inline.text(c.text($0.description))] })
        if !purposes.isEmpty { items.append(c("glance.why", ["purposes": c.joined(purposes, separator: "; ")])) }
        items.append(c("glance.rights", ["rights": c.joined(rightNames(c)), "link": c.link(to: .rights)]))
        let contact = contactLinks(c)
        if !contact.isEmpty { items.append(c("glance.contact", ["contact": c.joined(contact, separator: ", ")])) }
        if let authority = Law.supervisoryAuthority(for: c.policy) {
            items.append(c("glance.complaint", ["authority": [.text(authority.acronym)]]))
        }
        return [.paragraph(c("glance.intro", ["controller": name])), .list(items)]
    }

    /// The short names of the main rights, objection once whatever its ground.
    private static func rightNames(_ c: Composer) -> [[Inline]] {
        let rights = Law.rights(for: c.policy)
        var keys = ["access", "rectification", "erasure", "restriction"]
        if rights.contains(.portability) { keys.append("portability") }
        if rights.contains(.objection) || rights.contains(.objectionToDirectMarketing) { keys.append("objection") }
        return keys.map { [.text(c.string("glance.right.\($0)"))] }
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
