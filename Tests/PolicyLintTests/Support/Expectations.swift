import PolicyLint
import PolicyModel
import Testing

/// The day the tests judge policies on.
let referenceDate = day(2026, 3, 1)

func lint(_ policy: Policy, on date: CalendarDate = referenceDate) -> [Finding] {
    Linter().lint(policy, context: LintContext(referenceDate: date))
}

/// `RULE-ID severity /pointer` for each finding, in report order: compact to compare and to read.
func summary(_ findings: [Finding]) -> [String] {
    findings.map { "\($0.ruleID) \($0.severity.rawValue) \($0.pointer)" }
}

/// Expects the linter to report exactly `expected` (as `RULE-ID severity /pointer`, any order):
/// a missing finding and an unexpected one both fail.
func expectFindings(
    _ policy: Policy, _ expected: [String], on date: CalendarDate = referenceDate,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
    let actual = summary(lint(policy, on: date)).sorted()
    #expect(actual == expected.sorted(), sourceLocation: sourceLocation)
}
