/// The catalogue as text: `policyc rules` and `policyc rules --explain ID`.
public enum RuleDocumentation {
    /// One rule per line: id, severity and summary, in aligned columns.
    public static func list() -> String {
        let rules = RuleRegistry.all
        let width = rules.map(\.id.count).max() ?? 0
        return rules.map { rule in
            let id = rule.id + String(repeating: " ", count: width - rule.id.count)
            let severity = rule.severity.rawValue + String(repeating: " ", count: 7 - rule.severity.rawValue.count)
            return "\(id)  \(severity)  \(rule.summary)"
        }.joined(separator: "\n") + "\n"
    }

    /// The full documentation of a rule, or `nil` for an unknown id.
    public static func explain(_ id: String) -> String? {
        guard let rule = RuleRegistry.rule(id: id) else { return nil }
        var text = "\(rule.id) (\(rule.severity.rawValue))\n"
        text += "Articles: \(rule.articles.joined(separator: "; "))\n\n"
        text += rule.summary + "\n\n"
        text += plainExplanation(of: rule) + "\n\n"
        text += "Fix: \(rule.fixHint)\n"
        if let uri = rule.helpURI { text += "See: \(uri)\n" }
        return text
    }

    /// The discussion followed by each quoted provision in French and English.
    static func plainExplanation(of rule: any LintRule) -> String {
        var text = rule.explanation.discussion
        for quote in rule.explanation.quotes {
            text += "\n\n\(quote.source)\n  FR: « \(quote.fr) »\n  EN: “\(quote.en)”"
        }
        return text
    }
}
