import PolicyModel

/// Serializes an outline as HTML into one buffer of UTF-8 (so it cannot be copied), escaping every
/// text it is given.
///
/// Callers hand it plain text; the writer alone escapes, so the outline cannot carry markup.
struct HTMLWriter: ~Copyable {
    /// What has been written; ``HTMLPage`` writes the layout around the statement into it too.
    var out: UTF8Output
    /// The id of the section being written, so its tables can name it.
    private var sectionID = ""
    /// The escaped column names of the table being written, end to end, and where each one ends.
    private var labels = UTF8Output()
    private var labelEnds: [Int] = []

    init(capacity: Int = 0) {
        out = UTF8Output(capacity: capacity)
    }

    /// What has been written, as a string.
    var output: String { out.string }

    /// What has been written, handed over as it is.
    consuming func finish() -> UTF8Output {
        out
    }

    /// A line of HTML the caller has already made safe.
    mutating func line(_ html: String) {
        out.append(raw: html)
        out.append("\n")
    }

    /// `<header>`, the contents `<nav>` and `<main>` of a whole page.
    mutating func page(_ outline: Outline) {
        out.append("<header>\n")
        if !outline.translations.isEmpty {
            out.append("<nav class=\"translations\" aria-label=\"")
            out.append(outline.translationsLabel, escapedFor: .html)
            out.append("\">\n<p>")
            for (index, translation) in outline.translations.enumerated() {
                if index > 0 { out.append(" · ") }
                let code = translation.language.code
                out.append("<a href=\"")
                out.append(code, escapedFor: .html)
                out.append(".html\" hreflang=\"")
                out.append(code, escapedFor: .html)
                out.append("\" lang=\"")
                out.append(code, escapedFor: .html)
                out.append("\" rel=\"alternate\">")
                out.append(translation.name, escapedFor: .html)
                out.append("</a>")
            }
            out.append("</p>\n</nav>\n")
        }
        out.append("<h1>")
        out.append(outline.title, escapedFor: .html)
        out.append("</h1>\n<p class=\"updated\">")
        inline(outline.lastUpdated)
        out.append("</p>\n</header>\n<nav class=\"contents\" aria-labelledby=\"contents\">\n<h2 id=\"contents\">")
        out.append(outline.contentsLabel, escapedFor: .html)
        out.append("</h2>\n<ol>\n")
        for section in outline.sections {
            out.append("<li><a href=\"#")
            out.append(raw: section.id)
            out.append("\">")
            inline(section.heading)
            out.append("</a></li>\n")
        }
        out.append("</ol>\n</nav>\n<main>\n")
        sections(outline)
        out.append("</main>\n")
    }

    /// The sections alone, for a CMS page.
    mutating func fragment(_ outline: Outline) {
        out.append("<div class=\"privacy-notice\" lang=\"")
        out.append(outline.language.code, escapedFor: .html)
        out.append("\">\n")
        sections(outline)
        out.append("</div>\n")
    }

    private mutating func sections(_ outline: Outline) {
        for section in outline.sections {
            let id = section.id
            out.append("<section id=\"")
            out.append(raw: id)
            out.append("\"")
            if section.kind == .objection { out.append(" class=\"apart\"") }
            let marker = DisclosureMarker.attributeValue(for: section.kind, hasIndirectSources: outline.hasIndirectSources)
            if marker.utf8CodeUnitCount > 0 {
                out.append(" data-gdpr=\"")
                out.append(constant: marker)
                out.append("\"")
            }
            out.append(">\n<h2 id=\"")
            out.append(raw: id)
            out.append("-heading\">")
            sectionID = id
            inline(section.heading)
            out.append("</h2>\n")
            for block in section.blocks { self.block(block) }
            out.append("</section>\n")
        }
    }

    private mutating func block(_ block: Block) {
        switch block {
        case .paragraph(let runs):
            out.append("<p>")
            inline(runs)
            out.append("</p>\n")
        case .list(let items):
            out.append("<ul>\n")
            for item in items {
                out.append("<li>")
                inline(item)
                out.append("</li>\n")
            }
            out.append("</ul>\n")
        case .table(let table):
            self.table(table)
        }
    }

    /// A table in a scrolling region a keyboard can reach; on a narrow screen the stylesheet stacks
    /// each row, and `data-label` gives every cell its column's name.
    private mutating func table(_ table: Table) {
        labels.removeAll()
        labelEnds.removeAll(keepingCapacity: true)
        for cell in table.header {
            switch cell {
            case .plain(let text): labels.append(text, escapedFor: .html)
            case .mixed(let runs): for run in runs { labels.append(run.plainText, escapedFor: .html) }
            }
            labelEnds.append(labels.count)
        }
        out.append("<div class=\"table\" role=\"region\" tabindex=\"0\" aria-labelledby=\"")
        out.append(raw: sectionID)
        out.append("-heading\">\n<table>\n<thead>\n<tr>")
        for cell in table.header {
            out.append("<th scope=\"col\">")
            inline(cell)
            out.append("</th>")
        }
        out.append("</tr>\n</thead>\n<tbody>\n")
        let rows = table.rows
        for rowIndex in rows.indices {
            out.append("<tr")
            if let id = rows.anchor(ofRow: rowIndex) {
                out.append(" id=\"")
                out.append(id.kind.prefix)
                out.append(id.identifier, escapedFor: .html)
                out.append("\"")
            }
            out.append(">")
            let cells = rows.cellRange(ofRow: rowIndex)
            for cell in cells {
                let index = cell - cells.lowerBound
                if index == 0 {
                    out.append("<th scope=\"row\">")
                    inline(rows.cells[cell])
                    out.append("</th>")
                } else {
                    out.append("<td data-label=\"")
                    if index < labelEnds.count {
                        out.append(labels, range: labelEnds[index - 1]..<labelEnds[index])
                    }
                    out.append("\">")
                    inline(rows.cells[cell])
                    out.append("</td>")
                }
            }
            out.append("</tr>\n")
        }
        out.append("</tbody>\n</table>\n</div>\n")
    }

    /// A cell's or a heading's runs as HTML.
    private mutating func inline(_ runs: Runs) {
        switch runs {
        case .plain(let text): out.append(text, escapedFor: .html)
        case .mixed(let runs): inline(runs)
        }
    }

    /// Runs as HTML; every text and address is escaped here.
    private mutating func inline(_ runs: [Inline]) {
        for index in runs.indices { inline(runs[index]) }
    }

    /// One run; borrowed, so its strings are not retained.
    @inline(__always)
    private mutating func inline(_ run: borrowing Inline) {
            switch run {
            case .text(let text):
                out.append(text, escapedFor: .html)
            case .strong(let text):
                out.append("<strong>")
                out.append(text, escapedFor: .html)
                out.append("</strong>")
            case .link(let text, let address):
                out.append("<a href=\"")
                out.append(address.value, escapedFor: .html)
                out.append("\">")
                out.append(text, escapedFor: .html)
                out.append("</a>")
            case .anchor(let text, let id):
                out.append("<a href=\"#")
                out.append(id, escapedFor: .html)
                out.append("\">")
                out.append(text, escapedFor: .html)
                out.append("</a>")
            }
    }
}
