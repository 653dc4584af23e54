/// A tracker's JSON form: its members as a synthesized conformance would write them, except the name,
/// written as a plain string when it is the same in every language (``KeyedEncodingContainer/encodeName(_:forKey:)``).
extension Cookie {
    enum CodingKeys: String, CodingKey {
        case name, provider, category, description, lifetime, sessionOnly, consentRequired
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            name: try container.decodeName(forKey: .name),
            provider: try container.decodeIfPresent(String.self, forKey: .provider),
            category: try container.decode(CookieCategory.self, forKey: .category),
            description: try container.decode(Localized.self, forKey: .description),
            lifetime: try container.decodeIfPresent(Period.self, forKey: .lifetime),
            sessionOnly: try container.decode(Bool.self, forKey: .sessionOnly),
            consentRequired: try container.decode(Bool.self, forKey: .consentRequired))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeName(name, forKey: .name)
        try container.encodeIfPresent(provider, forKey: .provider)
        try container.encode(category, forKey: .category)
        try container.encode(description, forKey: .description)
        try container.encodeIfPresent(lifetime, forKey: .lifetime)
        try container.encode(sessionOnly, forKey: .sessionOnly)
        try container.encode(consentRequired, forKey: .consentRequired)
    }
}
