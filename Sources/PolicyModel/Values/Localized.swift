/// A text in every language of the statement.
///
/// The DSL's initializer takes every required language, so a text missing one does not compile;
/// JSON input is checked against the schema and by the catalogue's `PolicyValidator`.
public struct Localized: Hashable, Sendable, Codable {
    public private(set) var texts: [Language: String]

    public init(fr: String, en: String) {
        texts = [.fr: fr, .en: en]
    }

    /// The same text in every language: for proper names and addresses.
    public init(name: String) {
        texts = Dictionary(uniqueKeysWithValues: Language.required.map { ($0, name) })
    }

    public init(_ texts: [Language: String]) {
        self.texts = texts
    }

    public subscript(language: Language) -> String? {
        get { texts[language] }
        set { texts[language] = newValue }
    }

    /// The languages present, in a stable order.
    public var languages: [Language] { texts.keys.sorted() }

    public init(from decoder: any Decoder) throws {
        let raw = try decoder.singleValueContainer().decode([String: String].self)
        var texts: [Language: String] = [:]
        for (code, text) in raw {
            guard Language.isWellFormed(code) else {
                throw DecodingError.dataCorrupted(.init(
                    codingPath: decoder.codingPath,
                    debugDescription: "'\(code)' is not a language tag"
                ))
            }
            texts[Language(code)] = text
        }
        self.texts = texts
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(Dictionary(uniqueKeysWithValues: texts.map { ($0.key.code, $0.value) }))
    }
}
