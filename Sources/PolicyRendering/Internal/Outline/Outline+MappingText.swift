/// Rewrites every piece of reader-visible text of an outline, for a language's typography.
///
/// Link addresses, anchor ids and row ids are never touched.
extension Outline {
    func mappingText(_ transform: (String) -> String) -> Outline {
        var copy = self
        copy.title = transform(title)
        copy.contentsLabel = transform(contentsLabel)
        copy.translationsLabel = transform(translationsLabel)
        copy.lastUpdated = lastUpdated.mappingText(transform)
        copy.sections = sections.map { section in
            var section = section
            section.heading = section.heading.mappingText(transform)
            section.blocks = section.blocks.map { $0.mappingText(transform) }
            return section
        }
        return copy
    }
}

extension Block {
    func mappingText(_ transform: (String) -> String) -> Block {
        switch self {
        case .paragraph(let runs): .paragraph(runs.mappingText(transform))
        case .list(let items): .list(items.map { $0.mappingText(transform) })
        case .table(var table):
            {
                table.header = table.header.map { $0.mappingText(transform) }
                table.rows = table.rows.map { Table.Row(id: $0.id, cells: $0.cells.map { $0.mappingText(transform) }) }
                return .table(table)
            }()
        }
    }
}

extension [Inline] {
    func mappingText(_ transform: (String) -> String) -> [Inline] {
        map { run in
            switch run {
            case .text(let text): .text(transform(text))
            case .strong(let text): .strong(transform(text))
            case .link(let text, let address): .link(text: transform(text), to: address)
            case .anchor(let text, let id): .anchor(text: transform(text), id: id)
            }
        }
    }
}
