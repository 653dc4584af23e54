/// A text in every language of the statement.
///
/// The DSL's initializer takes every required language, so a text missing one does not compile;
/// JSON input is checked against the schema and by the catalogue's `PolicyValidator`.
public struct Localized: Hashable, Sendable, Codable {
    /// The texts, one per language, sorted by language. A statement has two or three languages, so a
    /// scan is cheaper than hashing the language on every lookup, and the order is the same in every process.
    /// Internal only so that ``forEachText(_:)`` can be inlined; read nowhere else outside this type.
    @usableFromInline internal private(set) var entries: [Entry]

    @usableFromInline struct Entry: Hashable, Sendable {
        @usableFromInline var language: Language
        @usableFromInline var text: String
    }

    /// The texts by language.
    public var texts: [Language: String] {
        Dictionary(uniqueKeysWithValues: entries.map { ($0.language, $0.text) })
    }

    public init(fr: String, en: String) {
        entries = [Entry(language: .en, text: en), Entry(language: .fr, text: fr)]
    }

    /// The same text in every language: for proper names and addresses.
    public init(name: String) {
        entries = Language.required.sorted().map { Entry(language: $0, text: name) }
    }

    public init(_ texts: [Language: String]) {
        entries = texts.map { Entry(language: $0.key, text: $0.value) }.sorted { $0.language < $1.language }
    }

    public subscript(language: Language) -> String? {
        // Inlinable, and each entry read in place by index: the renderer looks up about 200 texts an
        // outline, and a call that iterated copied each entry, retaining both its strings.
        @inlinable get {
            for index in entries.indices where entries[index].language == language { return entries[index].text }
            return nil
        }
        set {
            if let index = entries.firstIndex(where: { $0.language == language }) {
                if let newValue { entries[index].text = newValue } else { entries.remove(at: index) }
            } else if let newValue {
                let index = entries.firstIndex { language < $0.language } ?? entries.endIndex
                entries.insert(Entry(language: language, text: newValue), at: index)
            }
        }
    }

    /// The languages present, in a stable order.
    public var languages: [Language] { entries.map(\.language) }

    /// Calls `body` with each language present and its text, in ``languages`` order.
    ///
    /// The same pairs as `for language in languages { self[language]! }`, without building the
    /// array of languages or scanning for each one: for the linter and renderer, which read every
    /// text of every field of a policy.
    ///
    /// Inlinable, so that the caller's body is compiled into the loop: no call through a closure
    /// per text. Each text is handed over owned (`consuming`): a body that keeps it (the linter's
    /// input) takes it without copying it again.
    @inlinable
    public func forEachText(_ body: (Language, consuming String) throws -> Void) rethrows {
        // Each entry is read in place by index: iterating would copy it, retaining both its strings.
        for index in entries.indices { try body(entries[index].language, entries[index].text) }
    }

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
        self.init(texts)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: LanguageKey.self)
        for entry in entries { try container.encode(entry.text, forKey: LanguageKey(stringValue: entry.language.code)) }
    }

    /// A language tag as a JSON object key.
    private struct LanguageKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
