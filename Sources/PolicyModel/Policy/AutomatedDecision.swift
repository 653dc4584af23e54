/// Automated decision-making, including profiling (Art. 22). Art. 13(2)(f), 14(2)(g).
public struct AutomatedDecision: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// Profiling that supports decisions a person takes.
        case profiling
        /// A decision based solely on automated processing with legal or similarly significant effects.
        case solelyAutomatedDecision
    }

    public var kind: Kind
    public var purposes: [PurposeID]
    /// The logic involved.
    public var logic: Localized
    /// Its significance for the person.
    public var significance: Localized
    /// The consequences the person can expect.
    public var consequences: Localized

    public init(kind: Kind, purposes: [PurposeID], logic: Localized, significance: Localized, consequences: Localized) {
        self.kind = kind
        self.purposes = purposes
        self.logic = logic
        self.significance = significance
        self.consequences = consequences
    }
}
