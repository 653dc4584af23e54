import PolicyModel

/// A rule that reads the ``LintInput`` the ``Linter`` prepares once per policy.
protocol InputRule: LintRule {
    func check(_ input: LintInput, context: LintContext) -> [Finding]
}

extension InputRule {
    func check(_ policy: Policy, context: LintContext) -> [Finding] {
        check(LintInput(policy), context: context)
    }
}
