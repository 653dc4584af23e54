/// Someone who receives personal data (Art. 4(9)). Art. 13(1)(e).
public struct Recipient: Hashable, Sendable, Codable {
    public var id: RecipientID
    /// The legal entity, the department for internal recipients, or the category of recipients
    /// (`Notaries`) when the statement names categories (Art. 13(1)(e)).
    public var name: Localized
    public var role: RecipientRole
    /// What the recipient does with the data.
    public var service: Localized
    /// Where the recipient processes or hosts the data; empty when the source does not say.
    public var processingCountries: [CountryCode]
    public var purposes: [PurposeID]
    public var dataCategories: [DataCategoryID]
    /// Processors the recipient itself engages (Art. 28(2)), where the data may go.
    public var subProcessors: [SubProcessor]
    /// The recipient's own privacy notice, when it is an independent controller.
    public var privacyNotice: WebAddress?

    public init(
        id: RecipientID, name: Localized, role: RecipientRole, service: Localized, processingCountries: [CountryCode] = [],
        purposes: [PurposeID] = [], dataCategories: [DataCategoryID] = [], subProcessors: [SubProcessor] = [],
        privacyNotice: WebAddress? = nil
    ) {
        self.id = id
        self.name = name
        self.role = role
        self.service = service
        self.processingCountries = processingCountries
        self.purposes = purposes
        self.dataCategories = dataCategories
        self.subProcessors = subProcessors
        self.privacyNotice = privacyNotice
    }
}

/// What a recipient is, in the law's terms.
public enum RecipientRole: String, Hashable, Sendable, Codable, CaseIterable {
    /// Authorised staff of the controller.
    case internalDepartment
    /// Processes on the controller's behalf (Art. 28).
    case processor
    /// Decides with the controller (Art. 26).
    case jointController
    /// Receives the data for its own purposes.
    case independentController
    /// A public authority receiving data under a legal obligation.
    case publicAuthority
}

/// A processor engaged by a processor (Art. 28(2), (4)).
public struct SubProcessor: Hashable, Sendable, Codable {
    public var name: String
    public var processingCountries: [CountryCode]

    public init(name: String, processingCountries: [CountryCode]) {
        self.name = name
        self.processingCountries = processingCountries
    }
}
