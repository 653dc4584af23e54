import PolicyModel

/// A category of personal data (Art. 13(1)(c), 14(1)(d)).
public struct PersonalData: PolicyContent {
    let category: DataCategory
    let site: DeclarationSite

    public init(
        _ id: DataCategoryID, _ kind: DataKind, fr: String, en: String, examples: [Localized] = [],
        special: SpecialCategory? = nil, concernsChildren: Bool = false,
        fileID: StaticString = #fileID, line: UInt = #line, column: UInt = #column
    ) {
        category = DataCategory(
            id: id, kind: kind, label: Localized(fr: fr, en: en), examples: examples, special: special,
            concernsChildren: concernsChildren)
        site = DeclarationSite(fileID, line, column)
    }

    public var policyItems: [PolicyItem] { [.dataCategory(category, site)] }
}

/// Where data comes from (Art. 14(2)(f)).
public struct Source: PolicyContent {
    let source: DataSource
    let site: DeclarationSite

    public init(
        _ id: SourceID, _ kind: DataSource.Kind, fr: String, en: String, publiclyAccessible: Bool? = nil,
        provides categories: [DataCategoryID],
        fileID: StaticString = #fileID, line: UInt = #line, column: UInt = #column
    ) {
        source = DataSource(
            id: id, kind: kind, description: Localized(fr: fr, en: en), publiclyAccessible: publiclyAccessible,
            dataCategories: categories)
        site = DeclarationSite(fileID, line, column)
    }

    public var policyItems: [PolicyItem] { [.source(source, site)] }
}
