/// A category of personal data the controller processes. Art. 13(1)(c), 14(1)(d).
public struct DataCategory: Hashable, Sendable, Codable {
    public var id: DataCategoryID
    public var kind: DataKind
    public var label: Localized
    public var examples: [Localized]
    /// Set when the category is special (Art. 9(1)) or about offences (Art. 10).
    public var special: SpecialCategory?
    /// Whether the category is collected from children.
    public var concernsChildren: Bool

    public init(
        id: DataCategoryID, kind: DataKind, label: Localized, examples: [Localized] = [],
        special: SpecialCategory? = nil, concernsChildren: Bool = false
    ) {
        self.id = id
        self.kind = kind
        self.label = label
        self.examples = examples
        self.special = special
        self.concernsChildren = concernsChildren
    }
}

/// What a data category is about, for rules and summaries.
public enum DataKind: String, Hashable, Sendable, Codable, CaseIterable {
    case identity
    case contact
    case credentials
    case demographic
    case financial
    case property
    case correspondence
    case preferences
    case device
    case browsing
    case location
    case voiceRecording
    case socialProfile
    case other
}

/// The special categories of Art. 9(1), and offence data (Art. 10).
public enum SpecialCategory: String, Hashable, Sendable, Codable, CaseIterable {
    case racialOrEthnicOrigin
    case politicalOpinions
    case religiousOrPhilosophicalBeliefs
    case tradeUnionMembership
    case genetic
    case biometric
    case health
    case sexLifeOrOrientation
    case criminalOffences
}
