/// A length of time as the law and statements count it: days, working days, months or years.
public struct Period: Hashable, Sendable, Codable {
    public enum Unit: String, Hashable, Sendable, Codable, CaseIterable {
        case days, workingDays, months, years
    }

    /// The largest amount a policy may give, in any unit. It is a bound on input, not a legal
    /// limit: a count above it (274 years in days, 100,000 years) is not a retention period but a
    /// slip, and refusing it keeps every day count far from overflow.
    public static let maximumAmount = 100_000

    public var amount: Int
    public var unit: Unit

    public init(_ amount: Int, _ unit: Unit) {
        self.amount = amount
        self.unit = unit
    }

    public static func days(_ n: Int) -> Period { Period(n, .days) }
    public static func workingDays(_ n: Int) -> Period { Period(n, .workingDays) }
    public static func months(_ n: Int) -> Period { Period(n, .months) }
    public static func years(_ n: Int) -> Period { Period(n, .years) }

    /// An upper bound in calendar days, for comparisons with legal limits (a month counts 31 days,
    /// five working days count seven).
    ///
    /// The count saturates at `Int.max` (and `Int.min`) rather than trapping, so a policy built in
    /// Swift with an absurd amount is still compared, and found too long, instead of crashing.
    public var maximumDays: Int {
        switch unit {
        case .days: return amount
        case .workingDays:
            // Whole weeks, rounded up, without the `amount + 4` that could overflow.
            let weeks = amount / 5 + (amount % 5 > 0 ? 1 : 0)
            return Self.saturatingProduct(weeks, 7)
        case .months: return Self.saturatingProduct(amount, 31)
        case .years: return Self.saturatingProduct(amount, 366)
        }
    }

    /// `a × b`, or the bound of `Int` on the product's side when it does not fit.
    static func saturatingProduct(_ a: Int, _ b: Int) -> Int {
        let (product, overflow) = a.multipliedReportingOverflow(by: b)
        guard overflow else { return product }
        return (a < 0) == (b < 0) ? .max : .min
    }
}
