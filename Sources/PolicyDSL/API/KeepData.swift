import PolicyModel

/// How long data is kept (Art. 13(2)(a)): a period from an event, or the criteria that fix it.
public struct KeepData: PolicyContent {
    let rule: Retention
    let site: DeclarationSite

    public init(
        fr: String, en: String, purposes: [PurposeID] = [], data: [DataCategoryID] = [], for period: Period? = nil,
        from startingEvent: Localized? = nil, criteria: Localized? = nil, legalReference: String? = nil,
        fileID: StaticString = #fileID, line: UInt = #line, column: UInt = #column
    ) {
        rule = Retention(
            purposes: purposes, dataCategories: data, subject: Localized(fr: fr, en: en), period: period,
            startingEvent: startingEvent, criteria: criteria, legalReference: legalReference)
        site = DeclarationSite(fileID, line, column)
    }

    public var policyItems: [PolicyItem] { [.retention(rule, site)] }
}
