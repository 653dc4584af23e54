import PolicyModel

/// What a rule may know besides the policy: the day the statement is judged on.
///
/// Adequacy decisions lapse and certifications age, so transfer rules compare against this date; the
/// command line passes the policy's effective date, tests pass a fixed one.
public struct LintContext: Sendable {
    public var referenceDate: CalendarDate

    public init(referenceDate: CalendarDate) {
        self.referenceDate = referenceDate
    }
}
