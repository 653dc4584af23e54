import PolicyModel

/// A purpose with its one legal basis (Art. 6(1), 13(1)(c)).
public struct ProcessingPurpose: PolicyContent {
    let purpose: Purpose
    let site: DeclarationSite

    public init(
        _ id: PurposeID, basis: LegalBasis, fr: String, en: String,
        fileID: StaticString = #fileID, line: UInt = #line, column: UInt = #column,
        @PurposeBuilder _ content: () -> [PurposeItem]
    ) {
        var purpose = Purpose(id: id, description: Localized(fr: fr, en: en), dataCategories: [], legalBasis: basis)
        for item in content() {
            switch item {
            case .uses(let ids): purpose.dataCategories += ids
            case .legitimateInterest(let text): purpose.legitimateInterest = text
            case .consentWithdrawal(let text): purpose.consentWithdrawal = text
            case .requirement(let requirement, let consequences):
                purpose.requirement = requirement
                purpose.consequencesOfNotProviding = consequences
            case .directMarketing(let marketing): purpose.directMarketing = marketing
            case .specialCategoryCondition(let condition): purpose.specialCategoryCondition = condition
            }
        }
        self.purpose = purpose
        site = DeclarationSite(fileID, line, column)
    }

    public var policyItems: [PolicyItem] { [.purpose(purpose, site)] }
}

/// The data categories a purpose uses.
public struct Uses: PurposeContent {
    let ids: [DataCategoryID]
    public init(_ ids: DataCategoryID...) { self.ids = ids }
    public var purposeItem: PurposeItem { .uses(ids) }
}

/// The legitimate interest pursued (Art. 6(1)(f), 13(1)(d)).
public struct LegitimateInterest: PurposeContent {
    let text: Localized
    public init(fr: String, en: String) { text = Localized(fr: fr, en: en) }
    public var purposeItem: PurposeItem { .legitimateInterest(text) }
}

/// How consent is withdrawn (Art. 7(3), 13(2)(c)).
public struct WithdrawConsent: PurposeContent {
    let text: Localized
    public init(fr: String, en: String) { text = Localized(fr: fr, en: en) }
    public var purposeItem: PurposeItem { .consentWithdrawal(text) }
}

/// Whether the person must provide the data, and what follows if not (Art. 13(2)(e)).
public struct Requirement: PurposeContent {
    let requirement: ProvisionRequirement
    let consequences: Localized?

    public init(_ requirement: ProvisionRequirement, consequences: Localized? = nil) {
        self.requirement = requirement
        self.consequences = consequences
    }

    public var purposeItem: PurposeItem { .requirement(requirement, consequences: consequences) }
}

/// The purpose is direct marketing through these channels (Art. 21(2); CPCE L.34-5).
public struct DirectMarketingBy: PurposeContent {
    let marketing: DirectMarketing

    public init(_ channels: DirectMarketing.Channel..., optOut: Localized) {
        marketing = DirectMarketing(channels: channels, optOut: optOut)
    }

    public var purposeItem: PurposeItem { .directMarketing(marketing) }
}

/// The Art. 9(2) condition for special categories.
public struct SpecialCategoriesUnder: PurposeContent {
    let condition: SpecialCategoryCondition
    public init(_ condition: SpecialCategoryCondition) { self.condition = condition }
    public var purposeItem: PurposeItem { .specialCategoryCondition(condition) }
}
