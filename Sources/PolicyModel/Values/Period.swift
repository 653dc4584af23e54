/// A length of time as the law and statements count it: days, working days, months or years.
public struct Period: Hashable, Sendable, Codable {
    public enum Unit: String, Hashable, Sendable, Codable, CaseIterable {
        case days, workingDays, months, years
    }

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
    public var maximumDays: Int {
        switch unit {
        case .days: return amount
        case .workingDays: return (amount + 4) / 5 * 7
        case .months: return amount * 31
        case .years: return amount * 366
        }
    }
}
