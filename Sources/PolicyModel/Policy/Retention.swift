/// How long data is kept, per purpose or category. Art. 13(2)(a), 14(2)(a).
public struct Retention: Hashable, Sendable, Codable {
    public var purposes: [PurposeID]
    public var dataCategories: [DataCategoryID]
    /// What the rule is about, in the statement's words: `messages sent through the contact forms`.
    public var subject: Localized
    /// A fixed period; `nil` when only criteria are given.
    public var period: Period?
    /// The event the period runs from: `the last contact`.
    public var startingEvent: Localized?
    /// The criteria that fix the period, when there is no fixed period (or in addition to it).
    public var criteria: Localized?
    /// The text that imposes the period: `CMF art. L.561-12`.
    public var legalReference: String?

    public init(
        purposes: [PurposeID] = [], dataCategories: [DataCategoryID] = [], subject: Localized, period: Period? = nil,
        startingEvent: Localized? = nil, criteria: Localized? = nil, legalReference: String? = nil
    ) {
        self.purposes = purposes
        self.dataCategories = dataCategories
        self.subject = subject
        self.period = period
        self.startingEvent = startingEvent
        self.criteria = criteria
        self.legalReference = legalReference
    }
}
