import PolicyModel

/// One check of the rule catalogue, tied to the article that asks for it.
///
/// A rule is a value: its identity and documentation are plain properties, and ``check(_:context:)``
/// reads the policy and returns what it finds. Rules never see each other; the ``Linter`` applies
/// declared-missing facts and waivers afterwards.
public protocol LintRule: Sendable {
    /// A stable identifier that follows the law: `GDPR-13-1-a`, `FR-LIL-85`.
    var id: String { get }
    /// The severity of the rule's findings unless a finding says otherwise.
    var severity: Severity { get }
    /// The provisions the rule applies: `GDPR Art. 13(1)(a)`, `LIL art. 85`.
    var articles: [String] { get }
    /// One line: what the statement must do.
    var summary: String { get }
    /// Why, in the law's own words.
    var explanation: RuleExplanation { get }
    /// What to change in the policy to satisfy the rule.
    var fixHint: String { get }

    func check(_ policy: Policy, context: LintContext) -> [Finding]
}

/// The long documentation of a rule: a discussion and the provisions quoted in French and English.
public struct RuleExplanation: Sendable {
    public var discussion: String
    public var quotes: [LegalQuote]

    public init(_ discussion: String, quotes: [LegalQuote]) {
        self.discussion = discussion
        self.quotes = quotes
    }
}

/// A provision quoted in both languages. `source` names it: `GDPR Art. 13(1)(a)`.
public struct LegalQuote: Sendable {
    public var source: String
    public var fr: String
    public var en: String

    public init(_ source: String, fr: String, en: String) {
        self.source = source
        self.fr = fr
        self.en = en
    }
}

extension LintRule {
    /// A page where the quoted text can be read, chosen from the rule's family.
    public var helpURI: String? {
        if id.hasPrefix("GDPR-") { return "https://eur-lex.europa.eu/eli/reg/2016/679/oj" }
        if id.hasPrefix("FR-LIL-") { return "https://www.legifrance.gouv.fr/loda/id/JORFTEXT000000886460" }
        if id.hasPrefix("FR-CPCE-") { return "https://www.legifrance.gouv.fr/codes/id/LEGITEXT000006070987" }
        if id.hasPrefix("FR-CNIL-") { return "https://www.cnil.fr/fr/cookies-et-autres-traceurs" }
        return nil
    }

    /// A finding of this rule, at its default severity unless `severity` is given.
    func finding(
        _ message: String, at pointer: JSONPointer, severity: Severity? = nil, notes: [String] = []
    ) -> Finding {
        Finding(ruleID: id, severity: severity ?? self.severity, message: message, pointer: pointer, notes: notes)
    }
}
