import PolicyLint

/// How many policies lint clean, and which rules fire most: to keep the generator realistic.
struct LintTally {
    private(set) var policies = 0
    private(set) var clean = 0
    private(set) var failingByRule: [String: Int] = [:]

    mutating func add(_ findings: [Finding]) {
        policies += 1
        let failing = findings.filter { $0.fails(strict: false) }
        if failing.isEmpty { clean += 1 }
        for ruleID in Set(failing.map(\.ruleID)) { failingByRule[ruleID, default: 0] += 1 }
    }

    /// `rule ×policies` for the rules that fail, most frequent first.
    var summary: String {
        failingByRule.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(6)
            .map { "\($0.key) ×\($0.value)" }.joined(separator: ", ")
    }
}
