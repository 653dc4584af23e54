/// The controller (Art. 4(7)): who decides why and how the data is processed. Art. 13(1)(a).
public struct Controller: Hashable, Sendable, Codable {
    public var legalName: String
    public var tradeNames: [String]
    public var websites: [WebAddress]
    /// The legal form as written in the register: `SARL`, `SAS`.
    public var legalForm: String?
    public var registration: Registration?
    public var address: PostalAddress?
    /// The country of the main establishment: it fixes the lead supervisory authority.
    public var country: CountryCode
    public var contact: [ContactChannel]
    /// The representative in the Union (Art. 27), for a controller established outside it.
    public var representative: Representative?

    public init(
        legalName: String, tradeNames: [String] = [], websites: [WebAddress] = [], legalForm: String? = nil,
        registration: Registration? = nil, address: PostalAddress? = nil, country: CountryCode,
        contact: [ContactChannel] = [], representative: Representative? = nil
    ) {
        self.legalName = legalName
        self.tradeNames = tradeNames
        self.websites = websites
        self.legalForm = legalForm
        self.registration = registration
        self.address = address
        self.country = country
        self.contact = contact
        self.representative = representative
    }
}

/// An entry in a company register: `RCS Bayonne 123 456 789`.
public struct Registration: Hashable, Sendable, Codable {
    public var register: String
    public var number: String

    public init(register: String, number: String) {
        self.register = register
        self.number = number
    }
}

/// A representative in the Union (Art. 27).
public struct Representative: Hashable, Sendable, Codable {
    public var name: String
    public var contact: [ContactChannel]

    public init(name: String, contact: [ContactChannel]) {
        self.name = name
        self.contact = contact
    }
}
