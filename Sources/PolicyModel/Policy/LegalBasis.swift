/// The lawful bases of Art. 6(1).
public enum LegalBasis: String, Hashable, Sendable, Codable, CaseIterable {
    /// 6(1)(a)
    case consent
    /// 6(1)(b): performance of a contract, or steps at the person's request before entering one.
    case contract
    /// 6(1)(c)
    case legalObligation
    /// 6(1)(d)
    case vitalInterests
    /// 6(1)(e)
    case publicTask
    /// 6(1)(f)
    case legitimateInterests

    /// The point of Art. 6(1): `a` … `f`.
    public var articlePoint: String {
        switch self {
        case .consent: "a"
        case .contract: "b"
        case .legalObligation: "c"
        case .vitalInterests: "d"
        case .publicTask: "e"
        case .legitimateInterests: "f"
        }
    }
}

/// The conditions of Art. 9(2) that lift the ban on special categories.
public enum SpecialCategoryCondition: String, Hashable, Sendable, Codable, CaseIterable {
    case explicitConsent
    case employmentLaw
    case vitalInterests
    case nonProfitBody
    case manifestlyMadePublic
    case legalClaims
    case substantialPublicInterest
    case healthCare
    case publicHealth
    case archivingOrResearch

    public var articlePoint: String {
        switch self {
        case .explicitConsent: "a"
        case .employmentLaw: "b"
        case .vitalInterests: "c"
        case .nonProfitBody: "d"
        case .manifestlyMadePublic: "e"
        case .legalClaims: "f"
        case .substantialPublicInterest: "g"
        case .healthCare: "h"
        case .publicHealth: "i"
        case .archivingOrResearch: "j"
        }
    }
}
