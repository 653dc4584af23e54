/// A cookie or other tracker (LIL art. 82; ePrivacy art. 5(3)).
///
/// Its JSON form is written by hand (`Cookie+Codable.swift`): the name is a plain string when it is
/// the same in every language.
public struct Cookie: Hashable, Sendable, Codable {
    /// The technical name (`_ga`), the same in every language (``Localized/init(name:)``), or a
    /// description of a group of trackers in each language (`Cookies publicitaires`, `Advertising cookies`)
    /// when the statement names them so.
    public var name: Localized
    /// Who sets and reads it: the site, or a third party; `nil` when the source does not say (declare it
    /// missing).
    public var provider: String?
    public var category: CookieCategory
    public var description: Localized
    /// How long it stays on the device; `nil` when the source does not say (declare it missing).
    public var lifetime: Period?
    /// Whether it is deleted when the browser closes.
    public var sessionOnly: Bool
    public var consentRequired: Bool

    public init(
        name: Localized, provider: String?, category: CookieCategory, description: Localized, lifetime: Period?,
        sessionOnly: Bool = false, consentRequired: Bool
    ) {
        self.sessionOnly = sessionOnly
        self.name = name
        self.provider = provider
        self.category = category
        self.description = description
        self.lifetime = lifetime
        self.consentRequired = consentRequired
    }
}

/// What a tracker is for, in the CNIL's categories.
public enum CookieCategory: String, Hashable, Sendable, Codable, CaseIterable {
    case strictlyNecessary
    case audienceMeasurement
    case advertising
    case social
    case personalisation
}

/// How consent to trackers is collected and refused.
public struct CookieConsent: Hashable, Sendable, Codable {
    /// The mechanism in the statement's words (banner, settings page).
    public var mechanism: Localized
    /// Whether refusing is offered at the same level as accepting (CNIL 2020-092).
    public var refuseAsEasyAsAccept: Bool
    /// How long the choice is kept, in months.
    public var choiceKeptMonths: Int?

    public init(mechanism: Localized, refuseAsEasyAsAccept: Bool, choiceKeptMonths: Int? = nil) {
        self.mechanism = mechanism
        self.refuseAsEasyAsAccept = refuseAsEasyAsAccept
        self.choiceKeptMonths = choiceKeptMonths
    }
}
