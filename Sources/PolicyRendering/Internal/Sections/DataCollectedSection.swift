import PolicyModel

/// The categories of personal data and where they come from (Art. 13(1)(c), 14(1)(d), 14(2)(f)).
enum DataCollectedSection: SectionBuilder {
    static let kind = StatementSection.dataCollected

    static func blocks(_ c: Composer) -> [Block] {
        var blocks: [Block] = []
        let categories = c.policy.dataCategories.enumerated().filter { !c.isMissing("/dataCategories" / $0.offset) }
        if !categories.isEmpty {
            blocks.append(.paragraph(c("data.intro")))
            blocks.append(.list(categories.map { item(c, $0.element) }))
        }
        let sources = c.policy.sources.enumerated().compactMap { index, source -> [Inline]? in
            guard let description = c.known(source.description, at: "/sources" / index / "description") else {
                return nil
            }
            return c("data.source", [
                "description": [.text(description)], "kind": [.text(c.string("source.\(source.kind.rawValue)"))],
            ])
        }
        if !sources.isEmpty { blocks += [.paragraph(c("data.sourcesIntro")), .list(sources)] }
        return blocks
    }

    /// `**Identity** (special category…): name, first name`.
    private static func item(_ c: Composer, _ category: DataCategory) -> [Inline] {
        var label: [Inline] = [.strong(c.text(category.label))]
        if let special = category.special {
            label.append(.text(" (" + c.string(special == .criminalOffences ? "data.offences" : "data.special") + ")"))
        }
        let examples = category.examples.map { c.text($0) }.filter { !$0.isEmpty }
        guard !examples.isEmpty else { return label }
        return c("data.item", ["label": label, "examples": [.text(examples.joined(separator: ", "))]])
    }
}
