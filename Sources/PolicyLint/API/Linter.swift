import PolicyModel

/// Runs the rules over a policy, then applies what the policy itself declares: facts its source does
/// not give (`missing`) and written waivers (`waivers`).
///
/// - A finding about a declared-missing fact (its pointer is the declared field or lies below it; a
///   `*` in the declared field matches any one token) stays in the report but is lowered from error
///   to warning, with the note `declared missing: …`; `--strict` still fails on it.
/// - A finding of a waived rule keeps its severity but carries the waiver and no longer fails.
/// - A waiver naming an unknown rule, or a rule that finds nothing, is reported in turn.
///
/// Findings come sorted by pointer (array indices compared as numbers), then rule id, then message.
public struct Linter: Sendable {
    public var rules: [any LintRule] {
        didSet { steps = Self.steps(rules) }
    }

    /// The rules, those that read a shared ``LintInput`` told apart once.
    private var steps: [Step]

    private enum Step: Sendable {
        case input(any InputRule)
        case policy(any LintRule)
    }

    /// The linter of every rule of the catalogue, ``RuleRegistry/all``.
    public init() {
        rules = RuleRegistry.all
        steps = RuleRegistry.entries.map { entry in entry.inputRule.map(Step.input) ?? .policy(entry.rule) }
    }

    /// The linter of `rules`.
    public init(rules: [any LintRule]) {
        self.rules = rules
        steps = Self.steps(rules)
    }

    /// The steps of any rules: a dynamic cast per rule (see ``CatalogueEntry``), which the catalogue's
    /// own rules are spared.
    private static func steps(_ rules: [any LintRule]) -> [Step] {
        rules.map { rule in (rule as? any InputRule).map(Step.input) ?? .policy(rule) }
    }

    public func lint(_ policy: Policy, context: LintContext) -> [Finding] {
        let input = LintInput(policy)
        var raw: [Finding] = []
        // Each step is read in place through the buffer: iterating the array copied each one, retaining
        // its rule's box.
        steps.withUnsafeBufferPointer { steps in
            for index in steps.indices {
                let found: [Finding]
                switch steps[index] {
                case .input(let rule): found = rule.check(input, context: context)
                case .policy(let rule): found = rule.check(policy, context: context)
                }
                // Most rules find nothing: appending their empty list still made the list unique.
                if raw.isEmpty { raw = found } else if !found.isEmpty { raw += found }
            }
        }
        var reminders = raw.filter { $0.ruleID == DeclaredMissingFact.ruleID }
        var coveredFacts: Set<String> = []
        var findings = raw.filter { $0.ruleID != DeclaredMissingFact.ruleID }.map { finding in
            downgradingDeclaredMissing(finding, in: policy, covered: &coveredFacts)
        }
        reminders.removeAll { coveredFacts.contains($0.pointer.description) }
        findings += reminders
        findings = applyingWaivers(to: findings, in: policy)
        return findings.sorted(by: Self.isOrderedBefore)
    }

    private func downgradingDeclaredMissing(_ finding: Finding, in policy: Policy, covered: inout Set<String>)
        -> Finding
    {
        guard finding.severity == .error, !finding.pointer.tokens.isEmpty,
            let fact = policy.declaredMissingFact(covering: finding.pointer)
        else { return finding }
        covered.insert(JSONPointer(parsing: fact.field).description)
        var lowered = finding
        lowered.severity = .warning
        lowered.notes.append("declared missing: \(fact.note)")
        return lowered
    }

    private func applyingWaivers(to findings: [Finding], in policy: Policy) -> [Finding] {
        guard !policy.waivers.isEmpty else { return findings }
        var used: Set<Int> = []
        var result = findings.map { finding in
            var finding = finding
            if let index = policy.waivers.firstIndex(where: { $0.rule == finding.ruleID }) {
                used.insert(index)
                finding.waiver = policy.waivers[index]
            }
            return finding
        }
        let active = Set(rules.map(\.id))
        let known = Set(RuleRegistry.all.map(\.id))
        for (index, waiver) in policy.waivers.enumerated() {
            let pointer: JSONPointer = "/waivers" / index
            if known.contains(waiver.rule), active.contains(waiver.rule), !used.contains(index),
                active.contains(UnusedWaiver.ruleID)
            {
                result.append(UnusedWaiver().finding(UnusedWaiver.unused(waiver.rule), at: pointer))
            }
        }
        return result
    }

    /// The report order: pointer (numeric tokens as numbers), rule id, message.
    static func isOrderedBefore(_ a: Finding, _ b: Finding) -> Bool {
        if a.pointer != b.pointer { return pointerOrder(a.pointer.tokens, b.pointer.tokens) }
        if a.ruleID != b.ruleID { return a.ruleID < b.ruleID }
        return a.message < b.message
    }

    private static func pointerOrder(_ a: [String], _ b: [String]) -> Bool {
        for (x, y) in zip(a, b) where x != y {
            if let i = Int(x), let j = Int(y) { return i < j }
            return x < y
        }
        return a.count < b.count
    }
}
