import PolicyModel

/// A Commission decision that a third country ensures an adequate level of protection (Art. 45).
public struct AdequacyDecision: Hashable, Sendable {
    /// The decision's number: `(EU) 2023/1795`.
    public var reference: String
    public var adopted: CalendarDate
    public var scope: Scope
    /// The day the decision lapses, when it has a term.
    public var expires: CalendarDate?
    /// `false` while the reference or date awaits a primary source.
    public var verified: Bool

    /// Whom the decision covers in that country.
    public enum Scope: String, Hashable, Sendable {
        /// Every recipient in the country.
        case whole
        /// Canada: only recipients subject to PIPEDA (commercial organisations).
        case pipedaOrganisations
        /// United States: only organisations certified under the Data Privacy Framework.
        case dpfCertifiedOrganisations
        /// Japan: business operators under the APPI, with the Supplementary Rules.
        case appiBusinessOperators
        /// Republic of Korea: some sectors are excluded.
        case excludesSomeSectors
        /// Israel: automated processing.
        case automatedProcessing
    }

    public init(
        _ reference: String, adopted: CalendarDate, scope: Scope = .whole, expires: CalendarDate? = nil,
        verified: Bool = true
    ) {
        self.reference = reference
        self.adopted = adopted
        self.scope = scope
        self.expires = expires
        self.verified = verified
    }

    /// Whether the decision is in force on `date`.
    public func isInForce(on date: CalendarDate) -> Bool {
        date >= adopted && (expires.map { date <= $0 } ?? true)
    }
}
