import PolicyModel

/// A supervisory authority (Art. 51) with which a person may lodge a complaint (Art. 77).
public struct SupervisoryAuthority: Hashable, Sendable {
    /// The short name: `CNIL`.
    public var acronym: String
    public var name: Localized
    public var address: PostalAddress
    public var website: WebAddress
    /// The page where a complaint is lodged online.
    public var complaintPage: WebAddress

    public init(acronym: String, name: Localized, address: PostalAddress, website: WebAddress, complaintPage: WebAddress) {
        self.acronym = acronym
        self.name = name
        self.address = address
        self.website = website
        self.complaintPage = complaintPage
    }
}
