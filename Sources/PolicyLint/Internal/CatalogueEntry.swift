/// A rule of the catalogue and, when it reads the shared ``LintInput``, the same rule as an
/// ``InputRule``, told apart where the rule's type is known.
///
/// The compiler picks the initializer: a type that is an ``InputRule`` takes the more specific one.
/// The linter used to ask each rule `as? any InputRule`. The first such cast of each type makes the
/// Swift runtime search every loaded image's conformance records (Foundation's included), about
/// 200,000 instructions per rule, which was an eighth of the instructions of a whole `policyc build`.
struct CatalogueEntry: Sendable {
    let rule: any LintRule
    let inputRule: (any InputRule)?

    init(_ rule: some LintRule) {
        self.rule = rule
        inputRule = nil
    }

    init(_ rule: some InputRule) {
        self.rule = rule
        inputRule = rule
    }
}
