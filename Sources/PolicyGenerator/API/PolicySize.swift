/// How much a generated policy declares: the ranges the counts of each part are drawn from.
public struct PolicySize: Hashable, Sendable {
    public var dataCategories: ClosedRange<Int>
    public var purposes: ClosedRange<Int>
    public var recipients: ClosedRange<Int>
    public var cookies: ClosedRange<Int>

    public init(
        dataCategories: ClosedRange<Int>, purposes: ClosedRange<Int>, recipients: ClosedRange<Int>,
        cookies: ClosedRange<Int>
    ) {
        self.dataCategories = dataCategories
        self.purposes = purposes
        self.recipients = recipients
        self.cookies = cookies
    }

    /// A small agency site: a contact form, a newsletter, a few providers.
    public static let small = PolicySize(dataCategories: 10...14, purposes: 5...8, recipients: 5...9, cookies: 2...6)

    /// The spread of a real network of agencies: from small sites to large ones.
    public static let mixed = PolicySize(dataCategories: 10...40, purposes: 5...30, recipients: 5...40, cookies: 2...24)

    /// A large group site: many services, many providers, many trackers.
    public static let large = PolicySize(dataCategories: 32...40, purposes: 24...30, recipients: 32...40, cookies: 18...30)

    /// The sizes by name, for command lines: `small`, `mixed`, `large`.
    public static let named: [String: PolicySize] = ["small": .small, "mixed": .mixed, "large": .large]
}
