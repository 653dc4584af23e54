/// Matches strings against the schema's `pattern`s, compiling each pattern once.
///
/// Patterns follow ECMA-262 as JSON Schema asks: they match anywhere unless anchored, `$` matches
/// only at the very end, and classes compare Unicode scalars with ASCII-only `\d` and `\w`.
struct PatternMatcher {
    private var compiled: [String: Regex<AnyRegexOutput>?] = [:]

    /// Whether `text` contains a match for `pattern`; `nil` when the pattern does not compile.
    mutating func text(_ text: String, matches pattern: String) -> Bool? {
        let regex: Regex<AnyRegexOutput>?
        if let known = compiled[pattern] {
            regex = known
        } else {
            regex = (try? Regex(pattern))?.matchingSemantics(.unicodeScalar).asciiOnlyDigits().asciiOnlyWordCharacters()
            compiled[pattern] = regex
        }
        guard let regex else { return nil }
        return (try? regex.firstMatch(in: text)) != nil
    }
}
