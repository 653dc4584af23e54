import PolicyModel

/// A right of the data subject, as Chapter III of the GDPR and French law grant it.
public enum DataSubjectRight: String, Hashable, Sendable, CaseIterable {
    /// Art. 15
    case access
    /// Art. 16
    case rectification
    /// Art. 17
    case erasure
    /// Art. 18
    case restriction
    /// Art. 20: only for processing based on consent or contract, carried out by automated means.
    case portability
    /// Art. 21(1): processing based on Art. 6(1)(e) or (f).
    case objection
    /// Art. 21(2): direct marketing, at any time and without reasons.
    case objectionToDirectMarketing
    /// Art. 7(3), 13(2)(c)
    case withdrawConsent
    /// Art. 22: not to be subject to a decision based solely on automated processing.
    case humanIntervention
    /// LIL art. 85: directives on one's data after death.
    case postMortemDirectives

    /// The article that grants the right.
    public var article: String {
        switch self {
        case .access: "GDPR 15"
        case .rectification: "GDPR 16"
        case .erasure: "GDPR 17"
        case .restriction: "GDPR 18"
        case .portability: "GDPR 20"
        case .objection: "GDPR 21(1)"
        case .objectionToDirectMarketing: "GDPR 21(2)"
        case .withdrawConsent: "GDPR 7(3)"
        case .humanIntervention: "GDPR 22(3)"
        case .postMortemDirectives: "LIL 85"
        }
    }
}
