import PolicyModel

/// The categories of personal data and where they come from (Art. 13(1)(c), 14(1)(d), 14(2)(f)).
enum DataCollectedSection: SectionBuilder {
    static let kind = StatementSection.dataCollected

    static func blocks(_ c: Composer) -> [Block] {
        var blocks: [Block] = []
        let categories = c.policy.dataCategories.indices.filter { !c.isMissing(JSONPointer(["dataCategories"]) / $0) }
        if !categories.isEmpty {
            blocks.append(.paragraph(c(.dataIntro)))
            // The two fields read where the category stands: a copy of a category retains each of its fields.
            let all = c.policy.dataCategories
            blocks.append(.list(categories.map { item(c, special: all[$0].special, examples: all[$0].examples, label: c.categoryLabels[$0]) }))
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
    private static func item(_ c: Composer, special: SpecialCategory?, examples: [Localized], label text: String) -> [Inline] {
        let examples = Self.examples(c, examples)
        guard let special else {
            // The label alone is a bold value (`Fill.strong`), as the runs `[.strong(text)]` would add
            // it, without an array made for it.
            guard !examples.isEmpty else { return [.strong(text)] }
            return c(.dataItem, ("label", .strong(text)), ("examples", .text(examples)))
        }
        let label: [Inline] = [
            .strong(text), .text(" (" + c.string(special == .criminalOffences ? .dataOffences : .dataSpecial) + ")"),
        ]
        guard !examples.isEmpty else { return label }
        return c(.dataItem, ("label", .runs(label)), ("examples", .text(examples)))
    }

    /// The category's examples in this language, joined by commas, the empty ones left out.
    ///
    /// A single example is its own string; several are joined in the composer's scratch buffer
    /// (``Composer/plainText(capitalized:_:)``), made a string once.
    private static func examples(_ c: Composer, _ examples: [Localized]) -> String {
        var first = ""
        var several = false
        for example in examples {
            let text = c.text(example)
            guard !text.isEmpty else { continue }
            if first.isEmpty { first = text } else { several = true; break }
        }
        guard several else { return first }
        return c.plainText(capitalized: false) { out in
            var isEmpty = true
            for example in examples {
                let text = c.text(example)
                guard !text.isEmpty else { continue }
                if !isEmpty { out.append(", ") }
                out.append(text)
                isEmpty = false
            }
            return true
        } ?? ""
    }
}
