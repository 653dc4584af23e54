import PolicyModel

/// A designated data protection officer and how to reach them (Art. 13(1)(b), 37(7)).
public struct ProtectionOfficer: PolicyContent {
    let officer: DataProtectionOfficer
    let site: DeclarationSite

    public init(
        title: String? = nil, name: String? = nil,
        fileID: StaticString = #fileID, line: UInt = #line, column: UInt = #column,
        @ContactBuilder _ content: () -> [ContactItem]
    ) {
        let contact = content().map { item in
            switch item {
            case .channel(let channel, _): channel
            }
        }
        officer = .designated(title: title, name: name, contact: contact)
        site = DeclarationSite(fileID, line, column)
    }

    public var policyItems: [PolicyItem] { [.dpo(officer, site)] }
}

/// No data protection officer is designated, and why.
public struct NoProtectionOfficer: PolicyContent {
    let officer: DataProtectionOfficer
    let site: DeclarationSite

    public init(
        because reason: Localized, fileID: StaticString = #fileID, line: UInt = #line, column: UInt = #column
    ) {
        officer = .notDesignated(because: reason)
        site = DeclarationSite(fileID, line, column)
    }

    public var policyItems: [PolicyItem] { [.dpo(officer, site)] }
}
