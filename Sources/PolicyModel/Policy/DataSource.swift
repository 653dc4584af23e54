/// Where data comes from: the person (Art. 13) or elsewhere (Art. 14(2)(f)).
public struct DataSource: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// Collected from the person: forms, calls, visits.
        case dataSubject
        /// Observed while the person uses a site: cookies, logs.
        case observed
        /// Received from a third party.
        case thirdParty
    }

    public var id: SourceID
    public var kind: Kind
    public var description: Localized
    /// Whether a third-party source is publicly accessible (Art. 14(2)(f)).
    public var publiclyAccessible: Bool?
    public var dataCategories: [DataCategoryID]

    public init(
        id: SourceID, kind: Kind, description: Localized, publiclyAccessible: Bool? = nil,
        dataCategories: [DataCategoryID]
    ) {
        self.id = id
        self.kind = kind
        self.description = description
        self.publiclyAccessible = publiclyAccessible
        self.dataCategories = dataCategories
    }

    /// Whether the source makes Art. 14 apply.
    public var isIndirect: Bool { kind == .thirdParty }
}
