import PolicyModel

/// An e-mail address to write to.
public struct Email: ContactContent, ControllerContent {
    public let contactItem: ContactItem

    public init(_ address: String, fileID: StaticString = #fileID, line: UInt = #line, column: UInt = #column) {
        contactItem = .channel(.email(address), DeclarationSite(fileID, line, column))
    }
}

/// A telephone number, in international form.
public struct Phone: ContactContent, ControllerContent {
    public let contactItem: ContactItem

    public init(_ number: String, fileID: StaticString = #fileID, line: UInt = #line, column: UInt = #column) {
        contactItem = .channel(.phone(number), DeclarationSite(fileID, line, column))
    }
}

/// A web form.
public struct ContactForm: ContactContent, ControllerContent {
    public let contactItem: ContactItem

    public init(_ address: String, fileID: StaticString = #fileID, line: UInt = #line, column: UInt = #column) {
        contactItem = .channel(.webForm(address), DeclarationSite(fileID, line, column))
    }
}

/// Post to an address.
public struct ByPost: ContactContent, ControllerContent {
    public let contactItem: ContactItem

    public init(
        _ lines: String..., postalCode: String? = nil, locality: String? = nil, country: CountryCode,
        fileID: StaticString = #fileID, line: UInt = #line, column: UInt = #column
    ) {
        let address = PostalAddress(lines: lines, postalCode: postalCode, locality: locality, country: country)
        contactItem = .channel(.post(address), DeclarationSite(fileID, line, column))
    }
}

extension ContactContent where Self: ControllerContent {
    public var controllerItems: [ControllerItem] { [contactItem.asControllerItem] }
}

extension ContactItem {
    var asControllerItem: ControllerItem {
        switch self {
        case .channel(let channel, let site): .contact(channel, site)
        }
    }
}
