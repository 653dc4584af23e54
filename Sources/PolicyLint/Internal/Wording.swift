import Foundation
import PolicyModel

/// Case-insensitive pattern matching over the policy's texts, for the wording rules.
///
/// Each pattern is compiled once (ICU, through `NSRegularExpression`) and kept for the life of the
/// process: a network of thousands of policies lints each text against the same few dozen patterns.
enum Wording {
    /// The first match of `pattern` in `text`, ignoring case.
    static func firstMatch(_ pattern: String, in text: String) -> String? {
        firstMatch(PatternCache.shared.entry(pattern), in: text)
    }

    /// The first match of a rule's compiled `pattern` in `text`, ignoring case.
    static func firstMatch(_ pattern: WordingPattern, in text: String) -> String? {
        firstMatch(pattern.compiled, in: text)
    }

    /// A text without any of the literals the pattern requires is answered without running the regex.
    private static func firstMatch(_ entry: PatternCache.Entry?, in text: String) -> String? {
        guard let entry, entry.prefilter?.mayMatch(text) ?? true,
            let match = entry.regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
            let range = Range(match.range, in: text)
        else { return nil }
        return String(text[range])
    }

    static func matches(_ pattern: String, _ text: String) -> Bool { firstMatch(pattern, in: text) != nil }

    static func matches(_ pattern: WordingPattern, _ text: String) -> Bool { firstMatch(pattern, in: text) != nil }

    /// `text` with every match of `pattern` removed, so a second pattern can test what is left.
    static func removing(_ pattern: WordingPattern, from text: String) -> String {
        guard let regex = pattern.compiled?.regex else { return text }
        return regex.stringByReplacingMatches(
            in: text, range: NSRange(text.startIndex..., in: text), withTemplate: " ")
    }

    /// The first match in any language of `text`, using the pattern for that language when there is one.
    static func firstMatch(_ patterns: [Language: WordingPattern], in text: Localized) -> (Language, String)? {
        for language in text.languages {
            guard let pattern = patterns[language], let value = text[language],
                let match = firstMatch(pattern, in: value)
            else { continue }
            return (language, match)
        }
        return nil
    }

    /// Whether any language of `text` matches its pattern.
    static func matches(_ patterns: [Language: WordingPattern], _ text: Localized) -> Bool {
        firstMatch(patterns, in: text) != nil
    }

    /// A quoted match for messages: `“by using”`.
    static func quoted(_ match: String) -> String { "“\(match.trimmingWhitespace)”" }
}

extension String {
    var trimmingWhitespace: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }),
            let last = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(self[first...last])
    }
}
