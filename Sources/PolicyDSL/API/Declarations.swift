import PolicyModel

/// Automated decision-making or profiling (Art. 22; 13(2)(f)).
public struct AutomatedProcessing: PolicyContent {
    let decision: AutomatedDecision
    let site: DeclarationSite

    public init(
        _ kind: AutomatedDecision.Kind, purposes: [PurposeID], logic: Localized, significance: Localized,
        consequences: Localized, fileID: StaticString = #fileID, line: UInt = #line, column: UInt = #column
    ) {
        decision = AutomatedDecision(
            kind: kind, purposes: purposes, logic: logic, significance: significance, consequences: consequences)
        site = DeclarationSite(fileID, line, column)
    }

    public var policyItems: [PolicyItem] { [.automatedDecision(decision, site)] }
}

/// A cookie or other tracker (LIL art. 82). `fr` and `en` describe what it is for.
public struct Tracker: PolicyContent {
    let cookie: Cookie
    let site: DeclarationSite

    /// A tracker with a technical or proper name, the same in every language: `Tracker("_ga", …)`. `provider`
    /// is `nil` when the source does not say who sets it (declare `/cookies/…/provider` missing).
    public init(
        _ name: String, provider: String?, _ category: CookieCategory, fr: String, en: String, lifetime: Period? = nil,
        sessionOnly: Bool = false, consentRequired: Bool, fileID: StaticString = #fileID, line: UInt = #line, column: UInt = #column
    ) {
        self.init(
            Localized(name: name), provider: provider, category, fr: fr, en: en, lifetime: lifetime, sessionOnly: sessionOnly,
            consentRequired: consentRequired, fileID: fileID, line: line, column: column)
    }

    /// A tracker named in each language, as a statement names a group of them:
    /// `Tracker(Localized(fr: "Cookies publicitaires", en: "Advertising cookies"), …)`.
    public init(
        _ name: Localized, provider: String?, _ category: CookieCategory, fr: String, en: String, lifetime: Period? = nil,
        sessionOnly: Bool = false, consentRequired: Bool, fileID: StaticString = #fileID, line: UInt = #line, column: UInt = #column
    ) {
        cookie = Cookie(
            name: name, provider: provider, category: category, description: Localized(fr: fr, en: en),
            lifetime: lifetime, sessionOnly: sessionOnly, consentRequired: consentRequired)
        site = DeclarationSite(fileID, line, column)
    }

    public var policyItems: [PolicyItem] { [.cookie(cookie, site)] }
}

/// How consent to trackers is asked for and refused.
public struct TrackerConsent: PolicyContent {
    let consent: CookieConsent
    let site: DeclarationSite

    public init(
        fr: String, en: String, refuseAsEasyAsAccept: Bool, choiceKeptMonths: Int? = nil,
        fileID: StaticString = #fileID, line: UInt = #line, column: UInt = #column
    ) {
        consent = CookieConsent(
            mechanism: Localized(fr: fr, en: en), refuseAsEasyAsAccept: refuseAsEasyAsAccept,
            choiceKeptMonths: choiceKeptMonths)
        site = DeclarationSite(fileID, line, column)
    }

    public var policyItems: [PolicyItem] { [.cookieConsent(consent, site)] }
}

/// A security measure (Art. 32), described for the reader.
public struct SecurityMeasure: PolicyContent {
    let text: Localized
    let site: DeclarationSite

    public init(fr: String, en: String, fileID: StaticString = #fileID, line: UInt = #line, column: UInt = #column) {
        text = Localized(fr: fr, en: en)
        site = DeclarationSite(fileID, line, column)
    }

    public var policyItems: [PolicyItem] { [.security(text, site)] }
}

/// A published version of the statement, for the change history.
public struct PublishedVersion: PolicyContent {
    let item: PolicyItem

    public init(
        _ version: String, date: String, fr: String, en: String,
        fileID: StaticString = #fileID, line: UInt = #line, column: UInt = #column
    ) {
        let site = DeclarationSite(fileID, line, column)
        if let day = CalendarDate(iso: date) {
            item = .revision(Revision(version: version, date: day, summary: Localized(fr: fr, en: en)), site)
        } else {
            item = .problem("'\(date)' is not a date (\(CalendarDate.accepted))", site)
        }
    }

    public var policyItems: [PolicyItem] { [item] }
}

/// The services are directed at children (Art. 8; LIL art. 45).
public struct DirectedAtChildren: PolicyContent {
    let site: DeclarationSite

    public init(fileID: StaticString = #fileID, line: UInt = #line, column: UInt = #column) {
        site = DeclarationSite(fileID, line, column)
    }

    public var policyItems: [PolicyItem] { [.directedAtChildren(site)] }
}

/// A fact the source does not give, declared rather than invented.
///
/// `field` is a JSON pointer; inside `recipients`, `purposes`, `dataCategories` and `sources` an
/// element may be named by its identifier instead of its index: `/recipients/dialog-insight/processingCountries`.
/// A field that names nothing (an unknown identifier or index, a first token that is no member of a
/// policy) is an error at the declaration: it could never match a finding.
public struct Missing: PolicyContent {
    let fact: MissingFact
    let site: DeclarationSite

    public init(
        _ field: String, note: String, fileID: StaticString = #fileID, line: UInt = #line, column: UInt = #column
    ) {
        fact = MissingFact(field: field, note: note)
        site = DeclarationSite(fileID, line, column)
    }

    public var policyItems: [PolicyItem] { [.missing(fact, site)] }
}

/// A written decision not to apply a lint rule to this policy.
public struct Waive: PolicyContent {
    let waiver: Waiver
    let site: DeclarationSite

    public init(
        _ rule: String, because reason: String, fileID: StaticString = #fileID, line: UInt = #line,
        column: UInt = #column
    ) {
        waiver = Waiver(rule: rule, reason: reason)
        site = DeclarationSite(fileID, line, column)
    }

    public var policyItems: [PolicyItem] { [.waiver(waiver, site)] }
}
