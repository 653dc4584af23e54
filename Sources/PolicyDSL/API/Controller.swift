import PolicyModel

/// The controller (Art. 4(7); Art. 13(1)(a)): legal name, country of establishment and how to reach it.
public struct DataController: PolicyContent {
    let draft: ControllerDraft
    let site: DeclarationSite

    public init(
        _ legalName: String, establishedIn country: CountryCode,
        fileID: StaticString = #fileID, line: UInt = #line, column: UInt = #column,
        @ControllerBuilder _ content: () -> [ControllerItem]
    ) {
        draft = ControllerDraft(legalName: legalName, country: country, items: content())
        site = DeclarationSite(fileID, line, column)
    }

    public var policyItems: [PolicyItem] { [.controller(draft, site)] }
}

/// A name the controller trades under.
public struct TradeName: ControllerContent {
    let name: String
    public init(_ name: String) { self.name = name }
    public var controllerItems: [ControllerItem] { [.tradeName(name)] }
}

/// A website the statement covers.
public struct Website: ControllerContent {
    let item: ControllerItem

    public init(_ address: String, fileID: StaticString = #fileID, line: UInt = #line, column: UInt = #column) {
        if let web = WebAddress(address), web.scheme == "https" || web.scheme == "http" {
            item = .website(web)
        } else {
            item = .problem("'\(address)' is not an http(s) address", DeclarationSite(fileID, line, column))
        }
    }

    public var controllerItems: [ControllerItem] { [item] }
}

/// The legal form as registered: `SARL`.
public struct LegalForm: ControllerContent {
    let form: String
    public init(_ form: String) { self.form = form }
    public var controllerItems: [ControllerItem] { [.legalForm(form)] }
}

/// The entry in a company register.
public struct RegisteredAs: ControllerContent {
    let registration: Registration
    public init(_ register: String, number: String) { registration = Registration(register: register, number: number) }
    public var controllerItems: [ControllerItem] { [.registration(registration)] }
}

/// The controller's postal address, as far as the source gives it.
public struct Address: ControllerContent {
    let address: PostalAddress

    public init(_ lines: String..., postalCode: String? = nil, locality: String? = nil, country: CountryCode) {
        address = PostalAddress(lines: lines, postalCode: postalCode, locality: locality, country: country)
    }

    public var controllerItems: [ControllerItem] { [.address(address)] }
}

/// The representative in the Union (Art. 27).
public struct UnionRepresentative: ControllerContent {
    let name: String
    let channels: [ContactItem]

    public init(_ name: String, @ContactBuilder _ content: () -> [ContactItem]) {
        self.name = name
        channels = content()
    }

    public var controllerItems: [ControllerItem] {
        let contact = channels.map { item in
            switch item {
            case .channel(let channel, _): channel
            }
        }
        return [.representative(Representative(name: name, contact: contact))]
    }
}
