/// A controller's privacy statement: everything Arts. 13 and 14 ask it to say.
///
/// Facts the law fixes (the rights, the supervisory authority) are not stored here: the catalogue
/// derives them from the legal bases and the controller's country.
public struct Policy: Hashable, Sendable, Codable {
    public var id: PolicyID
    /// The languages the statement is published in.
    public var languages: [Language]
    public var version: String
    public var effectiveDate: CalendarDate
    public var history: [Revision]
    public var controller: Controller
    /// `nil` when the source does not say whether a DPO is designated.
    public var dpo: DataProtectionOfficer?
    public var dataCategories: [DataCategory]
    public var sources: [DataSource]
    public var purposes: [Purpose]
    public var recipients: [Recipient]
    public var transfers: [Transfer]
    public var retention: [Retention]
    public var rights: RightsExercise
    public var automatedDecisions: [AutomatedDecision]
    public var cookies: [Cookie]
    public var cookieConsent: CookieConsent?
    public var security: [Localized]
    /// Whether the services are directed at children (Art. 8; LIL art. 45: 15 in France).
    public var directedAtChildren: Bool
    public var missing: [MissingFact]
    public var waivers: [Waiver]

    public init(
        id: PolicyID, languages: [Language] = Language.required, version: String, effectiveDate: CalendarDate,
        history: [Revision] = [], controller: Controller, dpo: DataProtectionOfficer? = nil,
        dataCategories: [DataCategory] = [], sources: [DataSource] = [], purposes: [Purpose] = [],
        recipients: [Recipient] = [], transfers: [Transfer] = [], retention: [Retention] = [],
        rights: RightsExercise, automatedDecisions: [AutomatedDecision] = [], cookies: [Cookie] = [],
        cookieConsent: CookieConsent? = nil, security: [Localized] = [], directedAtChildren: Bool = false,
        missing: [MissingFact] = [], waivers: [Waiver] = []
    ) {
        self.id = id
        self.languages = languages
        self.version = version
        self.effectiveDate = effectiveDate
        self.history = history
        self.controller = controller
        self.dpo = dpo
        self.dataCategories = dataCategories
        self.sources = sources
        self.purposes = purposes
        self.recipients = recipients
        self.transfers = transfers
        self.retention = retention
        self.rights = rights
        self.automatedDecisions = automatedDecisions
        self.cookies = cookies
        self.cookieConsent = cookieConsent
        self.security = security
        self.directedAtChildren = directedAtChildren
        self.missing = missing
        self.waivers = waivers
    }
}
