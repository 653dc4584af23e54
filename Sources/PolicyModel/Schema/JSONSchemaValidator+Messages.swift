/// The words of the validator's messages.
extension JSONSchemaValidator {
    /// A JSON number is an integer when it has no fractional part: `3`, `3.0` and `3e2` are.
    static func isInteger(_ text: String) -> Bool {
        if Int(text) != nil { return true }
        guard let number = Double(text), number.isFinite else { return false }
        return number.rounded(.towardZero) == number
    }

    /// The value of an integer as written (`13`, `13.0`, `2e1`), or `nil` when `Int` cannot hold it.
    static func integerValue(_ text: String) -> Int? {
        if let exact = Int(text) { return exact }
        // Digits alone that `Int` refuses are out of range, even where a `Double` would round them in.
        guard text.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }), let number = Double(text) else { return nil }
        return Int(exactly: number)
    }

    /// The kind of a value with its article: `a string`, `an object`, `null`.
    static func kind(of value: JSONValue) -> String {
        switch value {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }

    /// The kind of value a rule accepts, as ``kind(of:)`` names it; `nil` for a rule that accepts
    /// several (an `anyOf`) or is a reference.
    static func kind(accepted rule: JSONSchema.Rule) -> String? {
        switch rule {
        case .string, .enumeration: "a string"
        case .integer: "a number"
        case .boolean: "a boolean"
        case .array: "an array"
        case .object: "an object"
        case .reference, .anyOf: nil
        }
    }

    /// A value as quoted in a message: long ones are cut.
    static func shown(_ text: String) -> String {
        text.count > 80 ? text.prefix(80) + "…" : text
    }

    /// `unknown field 'colour'`, with the nearest known name or the pattern names must match.
    static func unknownField(_ name: String, _ rule: JSONSchema.ObjectRule) -> String {
        let message = "unknown field '\(shown(name))'"
        if let suggestion = nearest(to: name, among: rule.properties.map(\.name)) {
            return message + "; did you mean '\(suggestion)'?"
        }
        if rule.properties.isEmpty, !rule.patternProperties.isEmpty {
            return message + "; field names must match " + rule.patternProperties.map(\.pattern).joined(separator: " or ")
        }
        return message + "; expected one of " + rule.properties.map(\.name).joined(separator: ", ")
    }

    /// The candidate closest to `name` when it is close enough to be a slip: a different case or at
    /// most two edits (one for short names).
    static func nearest(to name: String, among candidates: [String]) -> String? {
        if let sameLetters = candidates.first(where: { $0.lowercased() == name.lowercased() }) { return sameLetters }
        let limit = name.count > 4 ? 2 : 1
        let scored = candidates.map { ($0, editDistance(name, $0)) }.filter { $0.1 <= limit }
        return scored.min { $0.1 < $1.1 }?.0
    }

    /// The Levenshtein distance between two strings, by character.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in stride(from: 1, through: b.count, by: 1) {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            previous = current
        }
        return previous[b.count]
    }
}
