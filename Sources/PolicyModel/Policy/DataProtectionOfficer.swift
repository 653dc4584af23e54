/// Whether a data protection officer (Art. 37) is designated, and how to reach them. Art. 13(1)(b).
public struct DataProtectionOfficer: Hashable, Sendable, Codable {
    public enum Status: String, Hashable, Sendable, Codable, CaseIterable {
        case designated
        case notDesignated
    }

    public var status: Status
    /// The title the statement gives the contact, as published (`Data Protection Officer`, `CIL`).
    public var title: String?
    /// A person's name, only when the controller publishes it.
    public var name: String?
    public var contact: [ContactChannel]
    /// Why no DPO is designated (Art. 37(1) does not apply, for instance).
    public var reasonNotDesignated: Localized?

    public init(
        status: Status, title: String? = nil, name: String? = nil, contact: [ContactChannel] = [],
        reasonNotDesignated: Localized? = nil
    ) {
        self.status = status
        self.title = title
        self.name = name
        self.contact = contact
        self.reasonNotDesignated = reasonNotDesignated
    }

    public static func designated(title: String? = nil, name: String? = nil, contact: [ContactChannel])
        -> DataProtectionOfficer
    {
        .init(status: .designated, title: title, name: name, contact: contact)
    }

    public static func notDesignated(because reason: Localized) -> DataProtectionOfficer {
        .init(status: .notDesignated, reasonNotDesignated: reason)
    }
}
