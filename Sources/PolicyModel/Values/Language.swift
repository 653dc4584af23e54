/// A language a statement is published in, as a BCP 47 primary tag (`fr`, `en`, `de`).
///
/// A language is a value: adding one is data (a new tag, new template files), not a new type.
public struct Language: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let code: String

    public init(_ code: String) { self.code = code }

    public static let fr = Language("fr")
    public static let en = Language("en")

    /// The languages every localized text must have today.
    public static let required: [Language] = [.fr, .en]

    public var description: String { code }

    public static func < (lhs: Language, rhs: Language) -> Bool { lhs.code < rhs.code }

    public init(from decoder: any Decoder) throws {
        let code = try decoder.singleValueContainer().decode(String.self)
        guard Language.isWellFormed(code) else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath,
                debugDescription: "'\(code)' is not a language tag (two or three lowercase letters)"
            ))
        }
        self.code = code
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(code)
    }

    static func isWellFormed(_ code: String) -> Bool {
        (2...3).contains(code.count) && code.allSatisfy { $0.isASCII && $0.isLowercase }
    }
}
