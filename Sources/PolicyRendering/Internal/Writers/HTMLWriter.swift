import PolicyModel

/// Serializes an outline as HTML: a buffer of lines, escaping every text it is given.
///
/// Callers hand it plain text; the writer alone escapes, so the outline cannot carry markup.
struct HTMLWriter {
    private(set) var output = ""
    /// The id of the section being written, so its tables can name it.
    private var sectionID = ""

    mutating func line(_ html: String) {
        output += html + "\n"
    }

    /// `<header>`, the contents `<nav>` and `<main>` of a whole page.
    mutating func page(_ outline: Outline) {
        line("<header>")
        if !outline.translations.isEmpty {
            line("<nav class=\"translations\" aria-label=\"\(outline.translationsLabel.escapedForHTML)\">")
            let links = outline.translations.map { translation in
                let code = translation.language.code.escapedForHTML
                return "<a href=\"\(code).html\" hreflang=\"\(code)\" lang=\"\(code)\" rel=\"alternate\">"
                    + translation.name.escapedForHTML + "</a>"
            }
            line("<p>\(links.joined(separator: " · "))</p>")
            line("</nav>")
        }
        line("<h1>\(outline.title.escapedForHTML)</h1>")
        line("<p class=\"updated\">\(inline(outline.lastUpdated))</p>")
        line("</header>")
        line("<nav class=\"contents\" aria-labelledby=\"contents\">")
        line("<h2 id=\"contents\">\(outline.contentsLabel.escapedForHTML)</h2>")
        line("<ol>")
        for section in outline.sections {
            line("<li><a href=\"#\(section.id)\">\(inline(section.heading))</a></li>")
        }
        line("</ol>")
        line("</nav>")
        line("<main>")
        sections(outline)
        line("</main>")
    }

    /// The sections alone, for a CMS page.
    mutating func fragment(_ outline: Outline) {
        line("<div class=\"privacy-notice\" lang=\"\(outline.language.code.escapedForHTML)\">")
        sections(outline)
        line("</div>")
    }

    private mutating func sections(_ outline: Outline) {
        for section in outline.sections {
            let tokens = DisclosureMarker.tokens(for: section.kind, hasIndirectSources: outline.hasIndirectSources)
            var attributes = "id=\"\(section.id)\""
            if section.kind == .objection { attributes += " class=\"apart\"" }
            if !tokens.isEmpty { attributes += " data-gdpr=\"\(tokens.joined(separator: " ").escapedForHTML)\"" }
            line("<section \(attributes)>")
            sectionID = section.id
            line("<h2 id=\"\(section.id)-heading\">\(inline(section.heading))</h2>")
            for block in section.blocks { self.block(block) }
            line("</section>")
        }
    }

    private mutating func block(_ block: Block) {
        switch block {
        case .paragraph(let runs):
            line("<p>\(inline(runs))</p>")
        case .list(let items):
            line("<ul>")
            for item in items { line("<li>\(inline(item))</li>") }
            line("</ul>")
        case .table(let table):
            self.table(table)
        }
    }

    /// A table in a scrolling region a keyboard can reach; on a narrow screen the stylesheet stacks
    /// each row, and `data-label` gives every cell its column's name.
    private mutating func table(_ table: Table) {
        let labels = table.header.map { $0.plainText.escapedForHTML }
        line("<div class=\"table\" role=\"region\" tabindex=\"0\" aria-labelledby=\"\(sectionID)-heading\">")
        line("<table>")
        line("<thead>")
        line("<tr>" + table.header.map { "<th scope=\"col\">\(inline($0))</th>" }.joined() + "</tr>")
        line("</thead>")
        line("<tbody>")
        for row in table.rows {
            let id = row.id.map { " id=\"\($0.escapedForHTML)\"" } ?? ""
            let cells = row.cells.enumerated().map { index, cell in
                index == 0
                    ? "<th scope=\"row\">\(inline(cell))</th>"
                    : "<td data-label=\"\(index < labels.count ? labels[index] : "")\">\(inline(cell))</td>"
            }
            line("<tr\(id)>" + cells.joined() + "</tr>")
        }
        line("</tbody>")
        line("</table>")
        line("</div>")
    }

    /// Runs as HTML; every text and address is escaped here.
    func inline(_ runs: [Inline]) -> String {
        runs.map { run in
            switch run {
            case .text(let text): text.escapedForHTML
            case .strong(let text): "<strong>\(text.escapedForHTML)</strong>"
            case .link(let text, let address): "<a href=\"\(address.value.escapedForHTML)\">\(text.escapedForHTML)</a>"
            case .anchor(let text, let id): "<a href=\"#\(id.escapedForHTML)\">\(text.escapedForHTML)</a>"
            }
        }.joined()
    }
}
