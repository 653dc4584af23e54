/// A typed identifier: a `PurposeID` cannot be passed where a `RecipientID` is expected.
///
/// Identifiers are lowercase ASCII letters, digits and `-`; they become anchors, file names and JSON
/// references, so `/`, `..` and spaces are refused.
public struct Identifier<Tag>: Hashable, Comparable, Sendable, Codable, ExpressibleByStringLiteral,
    CustomStringConvertible
{
    public let rawValue: String

    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public var description: String { rawValue }

    /// Whether the identifier is usable as a file name and an anchor.
    public var isWellFormed: Bool { Self.isWellFormed(rawValue) }

    public static func isWellFormed(_ value: String) -> Bool {
        guard let first = value.first, first.isLetter, value.count <= 64 else { return false }
        return value.allSatisfy { ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws {
        let value = try decoder.singleValueContainer().decode(String.self)
        guard Self.isWellFormed(value) else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath,
                debugDescription: "'\(value)' is not an identifier (lowercase letters, digits and '-', starting with a letter)"
            ))
        }
        rawValue = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

public typealias PolicyID = Identifier<Policy>
public typealias PurposeID = Identifier<Purpose>
public typealias DataCategoryID = Identifier<DataCategory>
public typealias RecipientID = Identifier<Recipient>
public typealias SourceID = Identifier<DataSource>
