import PolicyModel

/// Art. 13(1)(a): the identity and contact details of the controller and of its representative.
enum ControllerSection: SectionBuilder {
    static let kind = StatementSection.controller

    static func blocks(_ c: Composer) -> [Block] {
        let controller = c.policy.controller
        var blocks: [Block] = [.paragraph(c(.controllerIdentity, ("controller", .runs(identity(c, strong: true)))))]
        var items: [[Inline]] = []
        if let form = c.known(controller.legalForm, at: "/controller/legalForm") {
            items.append(c(.controllerLegalForm, ("form", .text(form))))
        }
        if let registration = controller.registration, !c.isMissing("/controller/registration") {
            items.append(c(.controllerRegistration, ("register", .text(registration.register)), ("number", .text(registration.number))))
        }
        if let address = controller.address, !c.isMissing("/controller/address") {
            items.append(c(.controllerAddress, ("address", .text(c.address(address)))))
        }
        if !controller.websites.isEmpty, !c.isMissing("/controller/websites") {
            items.append(c(.controllerWebsite, ("links", .runs(c.joined(controller.websites.map(c.link), separator: ", ")))))
        }
        if !c.isMissing("/controller/contact") { items += c.channelItems(controller.contact) }
        blocks.append(.list(items))
        if let representative = controller.representative, !c.isMissing("/controller/representative") {
            blocks.append(.paragraph(c(.controllerRepresentative, ("name", .text(representative.name)))))
            blocks.append(.list(c.channelItems(representative.contact)))
        }
        return blocks
    }

    /// The legal name, in bold when `strong`, with the trade names people know it by.
    static func identity(_ c: Composer, strong: Bool) -> [Inline] {
        let controller = c.policy.controller
        let name = controller.legalName.trimmingSpaces
        let legalName: [Inline] = [strong ? .strong(name) : .text(name)]
        let tradeNames = controller.tradeNames.map(\.trimmingSpaces).filter { !$0.isEmpty && $0 != controller.legalName }
        guard !tradeNames.isEmpty else { return legalName }
        return c(.controllerTradingAs, ("legalName", .runs(legalName)), ("tradeNames", .runs(c.joined(texts: tradeNames))))
    }
}
