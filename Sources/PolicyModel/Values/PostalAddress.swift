/// A postal address. Each part is optional so an address a source gives only in part can be
/// recorded as given; the linter reports what is missing.
public struct PostalAddress: Hashable, Sendable, Codable {
    /// Street lines, or a business-park name, as the source writes them.
    public var lines: [String]
    public var postalCode: String?
    public var locality: String?
    public var country: CountryCode

    public init(lines: [String], postalCode: String? = nil, locality: String? = nil, country: CountryCode) {
        self.lines = lines
        self.postalCode = postalCode
        self.locality = locality
        self.country = country
    }

    /// Whether a letter could be delivered: a line, a postal code and a locality.
    public var isComplete: Bool {
        !lines.isEmpty && postalCode?.isEmpty == false && locality?.isEmpty == false
    }
}
