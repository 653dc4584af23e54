import PolicyModel

/// Serializes an outline as CommonMark with GFM tables into one buffer of UTF-8 (so it cannot be
/// copied), escaping every text it is given.
///
/// Headings carry an `<a id>` anchor so links between sections work the same in every language.
struct MarkdownWriter: ~Copyable {
    private var out: UTF8Output

    init(capacity: Int = 64 * 1024) {
        out = UTF8Output(capacity: capacity)
    }

    /// What has been written, as a string.
    var output: String { out.string }

    /// What has been written, handed over as it is.
    consuming func finish() -> UTF8Output {
        out
    }

    mutating func document(_ outline: Outline, frontMatter: Bool) {
        if frontMatter { self.frontMatter(outline) }
        out.append("# ")
        out.append(outline.title, escapedFor: .markdown)
        out.append("\n\n")
        protectedLine(outline.lastUpdated)
        if !outline.translations.isEmpty {
            out.append("\n")
            for (index, translation) in outline.translations.enumerated() {
                if index > 0 { out.append(" · ") }
                out.append("[")
                out.append(translation.name, escapedFor: .markdown)
                out.append("](")
                out.append(raw: translation.language.code)
                out.append(".md)")
            }
            out.append("\n")
        }
        out.append("\n## ")
        out.append(outline.contentsLabel, escapedFor: .markdown)
        out.append("\n\n")
        for section in outline.sections {
            out.append("- [")
            inline(section.heading)
            out.append("](#")
            out.append(raw: section.id)
            out.append(")\n")
        }
        for section in outline.sections {
            out.append("\n<a id=\"")
            out.append(raw: section.id)
            out.append("\"></a>\n\n## ")
            inline(section.heading)
            out.append("\n")
            for block in section.blocks {
                out.append("\n")
                self.block(block)
            }
        }
    }

    private mutating func frontMatter(_ outline: Outline) {
        line("---")
        line("title: " + outline.title.quotedForYAML)
        line("lang: " + outline.language.code)
        line("date: " + outline.effectiveDate.iso)
        if !outline.translations.isEmpty {
            line("translations:")
            for translation in outline.translations {
                line("  \(translation.language.code): \(translation.language.code).md")
            }
        }
        line("---")
        line("")
    }

    private mutating func line(_ markdown: String) {
        out.append(raw: markdown)
        out.append("\n")
    }

    private mutating func block(_ block: Block) {
        switch block {
        case .paragraph(let runs):
            protectedLine(runs)
        case .list(let items):
            for item in items {
                out.append("- ")
                protectedLine(item)
            }
        case .table(let table):
            row(table.header)
            out.append("|")
            for _ in table.header { out.append(" --- |") }
            out.append("\n")
            let rows = table.rows
            for index in rows.indices { row(rows.cells, rows.cellRange(ofRow: index)) }
        }
    }

    /// The runs as a line whose opening cannot start a block (``Swift/String/protectingMarkdownLineStart``).
    private mutating func protectedLine(_ runs: [Inline]) {
        let start = out.count
        inline(runs)
        out.protectMarkdownLineStart(from: start)
        out.append("\n")
    }

    /// A table row: its cells between pipes.
    private mutating func row(_ cells: [Runs]) {
        row(cells, cells.indices)
    }

    /// A table row of the cells `range` of `cells` (a table's cells lie row after row in one array).
    private mutating func row(_ cells: [Runs], _ range: Range<Int>) {
        out.append("| ")
        for index in range {
            if index > range.lowerBound { out.append(" | ") }
            inline(cells[index])
        }
        out.append(" |\n")
    }

    /// A cell's or a heading's runs as Markdown.
    @inline(__always)
    private mutating func inline(_ runs: Runs) {
        switch runs {
        case .plain(let text): out.append(text, escapedFor: .markdown)
        case .mixed(let runs): inline(runs)
        }
    }

    /// Runs as Markdown; every text is escaped here, and link addresses have their parentheses escaped.
    ///
    /// A call of its own, which borrows `runs`, like the HTML writer's: a table row passes each cell
    /// without a retain. Inlined into the row, the loop retained and released every cell.
    private mutating func inline(_ runs: [Inline]) {
        for index in runs.indices { inline(runs[index]) }
    }

    /// One run; borrowed, so its strings are not retained.
    @inline(__always)
    private mutating func inline(_ run: borrowing Inline) {
        switch run {
        case .text(let text):
            out.append(text, escapedFor: .markdown)
        case .strong(let text):
            if !strongAsItIs(text) { strong(text) }
        case .link(let text, let address):
            out.append("[")
            out.append(text, escapedFor: .markdown)
            out.append("](")
            if !destinationAsBytes(address.value) { appendDestination(address.value) }
            out.append(")")
        case .anchor(let text, let id):
            out.append("[")
            out.append(text, escapedFor: .markdown)
            out.append("](#")
            if !destinationAsBytes(id) { appendDestination(id) }
            out.append(")")
        }
    }

    // The fast paths below make no string and free nothing, and the slow ones are called apart:
    // so the loop over the runs needs no retain of the strings it reads.
    //
    // The slow ones (``appendDestination(_:)``, ``strong(_:)``, and the line rewrite of
    // ``UTF8Output/protectMarkdownLineStart(from:)``) free only strings and arrays they make
    // themselves, and release a string they are given only after retaining it: no object that
    // existed before the call is freed, whatever they are given. They say so (`releasenone`): the
    // optimizer cannot see it through the string code they call, and otherwise retained every
    // table cell, list item and block around each row and line that might call them (120 writes
    // 24.78 M -> 23.16 M instructions, 35,000 fewer retains and as many releases).

    /// ``destination(_:)`` written out when `address` is ASCII, where every byte is a character,
    /// so it is escaped byte by byte; false, and nothing written, otherwise.
    private mutating func destinationAsBytes(_ address: String) -> Bool {
        guard UTF8Output.withUTF8(of: address, ASCIIBytes.all) else { return false }
        out.append(address, escapedFor: .markdownDestination)
        return true
    }

    /// ``destination(_:)`` written out, for an address that is not ASCII; frees only the string it
    /// makes (see above).
    @_effects(releasenone) @inline(never)
    private mutating func appendDestination(_ address: String) {
        out.append(raw: Self.destination(address))
    }

    /// A link destination with the characters that could end it escaped.
    static func destination(_ address: String) -> String {
        var result = ""
        for char in address.neutralisingControls {
            if "()<>\\ ".contains(char) { result.append("\\") }
            result.append(char)
        }
        return result
    }

    /// Bold text: CommonMark reads `**` as emphasis only when no space stands inside it, so the text
    /// is trimmed of the spaces and line breaks a policy may leave at its ends. Frees only the
    /// strings it makes (see above).
    @_effects(releasenone) @inline(never)
    private mutating func strong(_ text: String) {
        let line = text.neutralisingControls
        // A space that carries a combining mark is still a space to CommonMark.
        let isSpace: (Character) -> Bool = { $0.unicodeScalars.first == " " }
        guard let first = line.firstIndex(where: { !isSpace($0) }), let last = line.lastIndex(where: { !isSpace($0) })
        else { return }
        out.append("**")
        out.append(line[first...last], escapedFor: .markdown)
        out.append("**")
    }

    /// ``strong(_:)`` written out when the text has no control and no space at its ends, so that
    /// it is written whole; false, and nothing written, otherwise.
    ///
    /// The text is written, then taken back in the rare case it held a control: one pass over it,
    /// where testing for controls first read it twice.
    @inline(__always)
    private mutating func strongAsItIs(_ text: String) -> Bool {
        guard UTF8Output.withUTF8(of: text, Self.hasNoSpaceAtItsEnds) else { return false }
        let start = out.count
        out.append("**")
        if out.appendTellingControls(text, escapedFor: .markdown) {
            out.removeBytes(from: start)
            return false
        }
        out.append("**")
        return true
    }

    /// Whether neither the first nor the last character of the non-empty text in `bytes` starts
    /// with a space, as the bytes tell: the first character starts with the first scalar; an ASCII
    /// last byte other than a space is a character alone, or follows only prefixes such as U+0600
    /// that join the character after them.
    private static func hasNoSpaceAtItsEnds(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, let last = bytes.last else { return false }
        return first != UInt8(ascii: " ") && last != UInt8(ascii: " ") && last < 0x80
    }
}
