import PolicyModel

/// Art. 13(1)(a): the identity and contact details of the controller and of its representative.
///
/// A fact the policy declares missing in part is shown with what is known of it: an address without its
/// town as an incomplete address, the channels given when others are declared missing.
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
        if let address = controller.address, let item = addressItem(c, address) { items.append(item) }
        let websites = websites(c)
        if !websites.isEmpty {
            items.append(c(websites.count > 1 ? .controllerWebsites : .controllerWebsite,
                           ("links", .runs(c.joined(websites.map(c.link), separator: ", ")))))
        }
        // The channels the policy gives are known even when others are declared missing.
        items += c.channelItems(controller.contact)
        blocks.append(.list(items))
        if let representative = controller.representative, !c.isMissing("/controller/representative") {
            blocks.append(.paragraph(c(.controllerRepresentative, ("name", .text(representative.name)))))
            blocks.append(.list(c.channelItems(representative.contact)))
        }
        return blocks
    }

    /// The controller's websites, unless declared missing.
    static func websites(_ c: Composer) -> [WebAddress] {
        c.isMissing("/controller/websites") ? [] : c.policy.controller.websites
    }

    /// `Address: 12 rue des Arceaux, 64100 Bayonne, France`. When the address is declared missing, the
    /// parts it gives, marked incomplete; when a part is, the address without that part, marked incomplete;
    /// `nil` when it is incomplete and no street line, postal code or locality is left.
    private static func addressItem(_ c: Composer, _ address: PostalAddress) -> [Inline]? {
        guard c.declaresMissingFacts else { return c(.controllerAddress, ("address", .text(c.address(address)))) }
        let pointer = JSONPointer(["controller", "address"])
        let whole = c.isMissing(pointer)
        var known = address
        var incomplete = whole
        if !whole {
            if c.isMissing(pointer / "lines") { known.lines = []; incomplete = true }
            if c.isMissing(pointer / "postalCode") { known.postalCode = nil; incomplete = true }
            if c.isMissing(pointer / "locality") { known.locality = nil; incomplete = true }
        }
        let given = known.lines.contains { !$0.trimmingSpaces.isEmpty }
            || !(known.postalCode?.trimmingSpaces ?? "").isEmpty || !(known.locality?.trimmingSpaces ?? "").isEmpty
        guard given || !incomplete else { return nil }
        return c(incomplete ? .controllerAddressIncomplete : .controllerAddress, ("address", .text(c.address(known))))
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
