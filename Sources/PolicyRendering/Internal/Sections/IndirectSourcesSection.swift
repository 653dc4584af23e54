import PolicyModel

/// Art. 14(1)(d) and 14(2)(f): the data not obtained from the person, and where it comes from; categories
/// the policy declares missing are said to be not specified.
enum IndirectSourcesSection: SectionBuilder {
    static let kind = StatementSection.indirectSources

    static func blocks(_ c: Composer) -> [Block] {
        let items = c.policy.sources.enumerated().filter { $0.element.isIndirect }.compactMap { index, source -> [Inline]? in
            guard let description = c.known(source.description, at: JSONPointer(["sources"]) / index / "description") else { return nil }
            var name: [Inline] = [.strong(description)]
            if source.publiclyAccessible == true { name.append(.text(" (" + c.string(.indirectSourcesPublic) + ")")) }
            if c.isMissing(JSONPointer(["sources"]) / index / "dataCategories") {
                return c(.indirectSourcesItem, ("source", .runs(name)), ("categories", .runs(c(.indirectSourcesCategoriesNotSpecified))))
            }
            let categories = c.categoryIndices(source.dataCategories).map { c.categoryLabelInRunningText(at: $0) }
            guard !categories.isEmpty else { return name }
            return c(.indirectSourcesItem, ("source", .runs(name)), ("categories", .runs(c.joined(labels: categories, separator: ", "))))
        }
        guard !items.isEmpty else { return [] }
        return [.paragraph(c(.indirectSourcesIntro)), .list(items)]
    }
}
