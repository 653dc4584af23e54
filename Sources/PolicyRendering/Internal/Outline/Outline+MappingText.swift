/// Rewrites every piece of reader-visible text of an outline, for a language's typography.
///
/// Link addresses, anchor ids and row ids are never touched.
extension Outline {
    /// Replaces each reader-visible text by `transform`'s answer, in place; `nil` leaves the text as it is.
    ///
    /// The outline's arrays are rewritten where they stand, so a freshly built outline is not copied.
    mutating func typesetText(_ transform: (String) -> String?) {
        if let text = transform(title) { title = text }
        if let text = transform(contentsLabel) { contentsLabel = text }
        if let text = transform(translationsLabel) { translationsLabel = text }
        lastUpdated.typesetText(transform)
        for index in sections.indices {
            sections[index].heading.typesetText(transform)
            for block in sections[index].blocks.indices {
                sections[index].blocks[block].typesetText(transform)
            }
        }
    }
}

extension Block {
    /// ``Outline/typesetText(_:)`` for one block.
    mutating func typesetText(_ transform: (String) -> String?) {
        switch self {
        case .paragraph(var runs):
            // Let go of the block's reference first, so the array is rewritten in place.
            self = .paragraph([])
            runs.typesetText(transform)
            self = .paragraph(runs)
        case .list(var items):
            self = .paragraph([])
            for index in items.indices { items[index].typesetText(transform) }
            self = .list(items)
        case .table(var table):
            self = .paragraph([])
            for index in table.header.indices { table.header[index].typesetText(transform) }
            for cell in table.rows.cells.indices { table.rows.cells[cell].typesetText(transform) }
            self = .table(table)
        }
    }
}

extension [Inline] {
    /// ``Outline/typesetText(_:)`` for runs.
    ///
    /// Each run's text is read in place, without a copy of the run; only a run whose text changes is
    /// written back, so runs shared with other outlines' sentences are copied only when they change.
    mutating func typesetText(_ transform: (String) -> String?) {
        for index in indices {
            // Only the run's text is bound, not a copy of the run (which would retain its address or id too).
            let new: String? = withUnsafeBufferPointer { runs in
                switch runs[index] {
                case .text(let text), .strong(let text), .link(let text, _), .anchor(let text, _): transform(text)
                }
            }
            guard let new else { continue }
            switch self[index] {
            case .text: self[index] = .text(new)
            case .strong: self[index] = .strong(new)
            case .link(_, let address): self[index] = .link(text: new, to: address)
            case .anchor(_, let id): self[index] = .anchor(text: new, id: id)
            }
        }
    }
}
