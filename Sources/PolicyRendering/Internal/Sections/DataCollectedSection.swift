import PolicyModel

/// The categories of personal data and where they come from (Art. 13(1)(c), 14(1)(d), 14(2)(f)).
enum DataCollectedSection: SectionBuilder {
    static let kind = StatementSection.dataCollected

    static func blocks(_ c: Composer) -> [Block] {
        var blocks: [Block] = []
        let categories = c.policy.dataCategories.indices.filter { !c.isMissing(JSONPointer(["dataCategories"]) / $0) }
        if !categories.isEmpty {
            blocks.append(.paragraph(c(.dataIntro)))
            blocks.append(.list(categories.map { item(c, c.policy.dataCategories[$0], label: c.categoryLabels[$0]) }))
        }
        let sources = c.policy.sources.enumerated().compactMap { index, source -> [Inline]? in
            guard let description = c.known(source.description, at: JSONPointer(["sources"]) / index / "description") else {
                return nil
            }
            return c(.dataSource, ("description", .text(description)), ("kind", .text(c.string(SentenceKey.source[source.kind]))))
        }
        if !sources.isEmpty { blocks += [.paragraph(c(.dataSourcesIntro)), .list(sources)] }
        return blocks
    }

    /// `**Identity** (special category…): name, first name`.
    private static func item(_ c: Composer, _ category: DataCategory, label text: String) -> [Inline] {
        var label: [Inline] = [.strong(text)]
        if let special = category.special {
            label.append(.text(" (" + c.string(special == .criminalOffences ? .dataOffences : .dataSpecial) + ")"))
        }
        var examples = ""
        for example in category.examples {
            let text = c.text(example)
            guard !text.isEmpty else { continue }
            if !examples.isEmpty { examples += ", " }
            examples += text
        }
        guard !examples.isEmpty else { return label }
        return c(.dataItem, ("label", .runs(label)), ("examples", .text(examples)))
    }
}
