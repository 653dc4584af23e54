/// An ISO 3166-1 alpha-2 country code (`FR`, `US`); which codes exist is the catalogue's to say.
public struct CountryCode: Hashable, Comparable, Sendable, Codable, ExpressibleByStringLiteral,
    CustomStringConvertible
{
    public let alpha2: String

    public init(_ alpha2: String) { self.alpha2 = alpha2 }
    public init(stringLiteral value: String) { alpha2 = value }

    public var description: String { alpha2 }

    public var isWellFormed: Bool { alpha2.count == 2 && alpha2.allSatisfy { $0.isASCII && $0.isUppercase } }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.alpha2 < rhs.alpha2 }

    public init(from decoder: any Decoder) throws {
        let code = try decoder.singleValueContainer().decode(String.self)
        self.init(code)
        guard isWellFormed else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath,
                debugDescription: "'\(code.prefix(20))' is not an ISO 3166-1 alpha-2 code (two capital letters)"
            ))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(alpha2)
    }
}
