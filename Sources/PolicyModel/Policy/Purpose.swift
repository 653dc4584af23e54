/// A purpose of processing with its one legal basis. Art. 13(1)(c)–(d), 13(2)(c) and (e).
public struct Purpose: Hashable, Sendable, Codable {
    public var id: PurposeID
    public var description: Localized
    public var dataCategories: [DataCategoryID]
    public var legalBasis: LegalBasis
    /// The interest pursued, when the basis is legitimate interests (Art. 13(1)(d)).
    public var legitimateInterest: Localized?
    /// How consent is withdrawn, when the basis is consent (Art. 7(3), 13(2)(c)).
    public var consentWithdrawal: Localized?
    /// The Art. 9(2) condition, when special categories are used.
    public var specialCategoryCondition: SpecialCategoryCondition?
    /// Whether the person must provide the data, and why (Art. 13(2)(e)).
    public var requirement: ProvisionRequirement
    /// What happens if the data is not provided (Art. 13(2)(e)).
    public var consequencesOfNotProviding: Localized?
    /// Whether the purpose is direct marketing (Art. 21(2)–(3); CPCE L.34-5 for e-mail).
    public var directMarketing: DirectMarketing?

    public init(
        id: PurposeID, description: Localized, dataCategories: [DataCategoryID], legalBasis: LegalBasis,
        legitimateInterest: Localized? = nil, consentWithdrawal: Localized? = nil,
        specialCategoryCondition: SpecialCategoryCondition? = nil, requirement: ProvisionRequirement = .voluntary,
        consequencesOfNotProviding: Localized? = nil, directMarketing: DirectMarketing? = nil
    ) {
        self.id = id
        self.description = description
        self.dataCategories = dataCategories
        self.legalBasis = legalBasis
        self.legitimateInterest = legitimateInterest
        self.consentWithdrawal = consentWithdrawal
        self.specialCategoryCondition = specialCategoryCondition
        self.requirement = requirement
        self.consequencesOfNotProviding = consequencesOfNotProviding
        self.directMarketing = directMarketing
    }
}

/// Whether providing the data is required (Art. 13(2)(e)).
public enum ProvisionRequirement: String, Hashable, Sendable, Codable, CaseIterable {
    /// Required by law.
    case statutory
    /// Required by a contract already made.
    case contractual
    /// Required to enter into a contract.
    case contractPrerequisite
    /// The person may decline.
    case voluntary
}

/// Direct marketing: the channels used and how the person opts out.
public struct DirectMarketing: Hashable, Sendable, Codable {
    public enum Channel: String, Hashable, Sendable, Codable, CaseIterable {
        case email, sms, phone, post
    }

    public var channels: [Channel]
    /// How the person stops the messages (an unsubscribe link in each e-mail, for instance).
    public var optOut: Localized

    public init(channels: [Channel], optOut: Localized) {
        self.channels = channels
        self.optOut = optOut
    }
}
