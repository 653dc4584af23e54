/// A name in JSON: a plain string when it is the same in every language (a proper or technical name,
/// `_ga`), else an object with a text per language, as ``Localized`` is written.
///
/// Reading accepts both forms where the schema does (``PolicySchema`` `LocalizedName`), so a file
/// that gives the name as a string stays valid; writing a name that is the same in every language
/// gives the string, so its export is the bytes it always was.
extension Localized {
    /// The text, when this is what ``init(name:)`` makes of it: the same text in exactly the required
    /// languages; `nil` otherwise (the texts differ, or a language is missing or added).
    public var sameInEveryLanguage: String? {
        guard let text = entries.first?.text, self == Localized(name: text) else { return nil }
        return text
    }
}

extension KeyedDecodingContainer {
    /// The name at `key`: a string, the same in every language, or a text per language.
    func decodeName(forKey key: Key) throws -> Localized {
        if let name = try? decode(String.self, forKey: key) { return Localized(name: name) }
        return try decode(Localized.self, forKey: key)
    }
}

extension KeyedEncodingContainer {
    /// Writes `name` as a string when it is the same in every language, else as a text per language.
    mutating func encodeName(_ name: Localized, forKey key: Key) throws {
        if let text = name.sameInEveryLanguage {
            try encode(text, forKey: key)
        } else {
            try encode(name, forKey: key)
        }
    }
}
