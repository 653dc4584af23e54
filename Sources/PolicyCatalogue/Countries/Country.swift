import PolicyModel

/// A country as Chapter V of the GDPR sees it.
public struct Country: Hashable, Sendable {
    public var code: CountryCode
    public var name: Localized
    /// EU member states plus Iceland, Liechtenstein and Norway: not third countries.
    public var inEEA: Bool
    /// The Commission's adequacy decision for the country, if any (Art. 45).
    public var adequacy: AdequacyDecision?

    public init(_ code: CountryCode, fr: String, en: String, inEEA: Bool = false, adequacy: AdequacyDecision? = nil) {
        self.code = code
        self.name = Localized(fr: fr, en: en)
        self.inEEA = inEEA
        self.adequacy = adequacy
    }

    /// Whether sending data there is a transfer to a third country.
    public var isThirdCountry: Bool { !inEEA }
}
