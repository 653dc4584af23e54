import PolicyModel

/// Case-insensitive pattern matching over the policy's texts, for the wording rules.
///
/// Patterns are Swift regular expressions compiled when used: the texts of one policy are few.
enum Wording {
    /// The first match of `pattern` in `text`, ignoring case.
    static func firstMatch(_ pattern: String, in text: String) -> String? {
        guard let regex = try? Regex(pattern).ignoresCase(), let match = text.firstMatch(of: regex) else {
            return nil
        }
        return String(text[match.range])
    }

    static func matches(_ pattern: String, _ text: String) -> Bool { firstMatch(pattern, in: text) != nil }

    /// `text` with every match of `pattern` removed, so a second pattern can test what is left.
    static func removing(_ pattern: String, from text: String) -> String {
        guard let regex = try? Regex(pattern).ignoresCase() else { return text }
        return text.replacing(regex, with: " ")
    }

    /// The first match in any language of `text`, using the pattern for that language when there is one.
    static func firstMatch(_ patterns: [Language: String], in text: Localized) -> (Language, String)? {
        for language in text.languages {
            guard let pattern = patterns[language], let value = text[language],
                let match = firstMatch(pattern, in: value)
            else { continue }
            return (language, match)
        }
        return nil
    }

    /// Whether any language of `text` matches its pattern.
    static func matches(_ patterns: [Language: String], _ text: Localized) -> Bool {
        firstMatch(patterns, in: text) != nil
    }

    /// A quoted match for messages: `“by using”`.
    static func quoted(_ match: String) -> String { "“\(match.trimmingWhitespace)”" }
}

extension String {
    var trimmingWhitespace: String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
