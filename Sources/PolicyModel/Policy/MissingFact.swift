/// A fact the statement should give but its source does not: declared, not invented.
///
/// The renderer leaves the fact out; the linter reports it as an open gap so the legal team can ask
/// the controller for it.
public struct MissingFact: Hashable, Sendable, Codable {
    /// The JSON pointer of the absent field: `/controller/registration`.
    public var field: String
    /// What the source says, or that it says nothing.
    public var note: String

    public init(field: String, note: String) {
        self.field = field
        self.note = note
    }
}

/// A written decision not to apply a lint rule to this policy.
public struct Waiver: Hashable, Sendable, Codable {
    public var rule: String
    public var reason: String

    public init(rule: String, reason: String) {
        self.rule = rule
        self.reason = reason
    }
}
