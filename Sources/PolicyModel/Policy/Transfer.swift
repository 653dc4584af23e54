/// A transfer of personal data to a third country (Chapter V). Art. 13(1)(f), 14(1)(f).
public struct Transfer: Hashable, Sendable, Codable {
    public var recipient: RecipientID
    /// The entity that receives the data abroad, when it is not the recipient itself (a sub-processor).
    public var importer: String?
    public var country: CountryCode
    public var mechanism: TransferMechanism
    /// The decision, clauses or rules relied on: `(EU) 2023/1795`, `(EU) 2021/914, module 3`.
    public var reference: String?
    /// How to obtain a copy of the safeguard, or where it is published (Art. 13(1)(f)).
    public var copy: Localized?
    /// For the Data Privacy Framework: the day the importer was seen on the official list.
    public var certificationCheckedOn: CalendarDate?
    /// For an Art. 49 derogation: which one.
    public var derogation: Derogation?

    public init(
        recipient: RecipientID, importer: String? = nil, country: CountryCode, mechanism: TransferMechanism,
        reference: String? = nil, copy: Localized? = nil, certificationCheckedOn: CalendarDate? = nil,
        derogation: Derogation? = nil
    ) {
        self.recipient = recipient
        self.importer = importer
        self.country = country
        self.mechanism = mechanism
        self.reference = reference
        self.copy = copy
        self.certificationCheckedOn = certificationCheckedOn
        self.derogation = derogation
    }
}

/// The legal instrument a transfer relies on.
public enum TransferMechanism: String, Hashable, Sendable, Codable, CaseIterable {
    /// Art. 45: the country is adequate.
    case adequacyDecision
    /// Art. 45: the EU-US Data Privacy Framework, for certified US organisations.
    case dataPrivacyFramework
    /// Art. 46(2)(c): the Commission's clauses, Decision (EU) 2021/914.
    case standardContractualClauses
    /// Art. 46(2)(b), 47.
    case bindingCorporateRules
    /// Art. 46(2)(e).
    case codeOfConduct
    /// Art. 46(2)(f).
    case certification
    /// Art. 46(3)(a): clauses authorised by a supervisory authority.
    case adHocClauses
    /// Art. 49(1): a derogation for a specific situation.
    case derogation

    /// The article the mechanism rests on.
    public var article: String {
        switch self {
        case .adequacyDecision, .dataPrivacyFramework: "45"
        case .standardContractualClauses: "46(2)(c)"
        case .bindingCorporateRules: "46(2)(b)"
        case .codeOfConduct: "46(2)(e)"
        case .certification: "46(2)(f)"
        case .adHocClauses: "46(3)(a)"
        case .derogation: "49(1)"
        }
    }
}

/// The derogations of Art. 49(1).
public enum Derogation: String, Hashable, Sendable, Codable, CaseIterable {
    case explicitConsent
    case contractWithDataSubject
    case contractInDataSubjectsInterest
    case publicInterest
    case legalClaims
    case vitalInterests
    case publicRegister
}
