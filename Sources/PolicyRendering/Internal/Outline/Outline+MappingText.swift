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
            items.withUnsafeMutableBufferPointer { items in
                for index in items.indices { items[index].typesetText(transform) }
            }
            self = .list(items)
        case .table(var table):
            self = .paragraph([])
            table.header.typesetText(transform)
            table.rows.cells.typesetText(transform)
            self = .table(table)
        }
    }
}

extension [Runs] {
    /// ``Outline/typesetText(_:)`` for a table's cells (all its rows' cells lie in one array), or its header.
    ///
    /// The cells are rewritten through the array's buffer, which is made unique once for the table
    /// (as writing the first cell made it), not checked again for every cell.
    mutating func typesetText(_ transform: (String) -> String?) {
        withUnsafeMutableBufferPointer { cells in
            for index in cells.indices { cells[index].typesetText(transform) }
        }
    }
}

extension [Inline] {
    /// ``Outline/typesetText(_:)`` for runs.
    ///
    /// The runs are rewritten through the array's buffer, made unique once for the array, each read
    /// in place (``Inline/typesetText(_:)``). Runs shared with the lexicon's sentences are copied
    /// then even when no text changes; reading them without writing costs more, as it retains and
    /// releases every run's text.
    mutating func typesetText(_ transform: (String) -> String?) {
        withUnsafeMutableBufferPointer { runs in
            for index in runs.indices { runs[index].typesetText(transform) }
        }
    }
}

extension Inline {
    /// ``Outline/typesetText(_:)`` for one run: its address or id is kept, only its text is replaced.
    ///
    /// The text is read through the run's own address, one case at a time: bound that way, it is
    /// borrowed for the call to `transform`, where binding it in a pattern of several cases, or
    /// reading it from a buffer this access does not own, retains and releases it.
    mutating func typesetText(_ transform: (String) -> String?) {
        let new = withUnsafeMutablePointer(to: &self) { run -> String? in
            switch run.pointee {
            case .text(let text): transform(text)
            case .strong(let text): transform(text)
            case .link(let text, _): transform(text)
            case .anchor(let text, _): transform(text)
            }
        }
        if let new { replaceText(with: new) }
    }

    /// The run with `new` in place of its text, its address or id kept.
    mutating func replaceText(with new: String) {
        switch self {
        case .text: self = .text(new)
        case .strong: self = .strong(new)
        case .link(_, let address): self = .link(text: new, to: address)
        case .anchor(_, let id): self = .anchor(text: new, id: id)
        }
    }
}
