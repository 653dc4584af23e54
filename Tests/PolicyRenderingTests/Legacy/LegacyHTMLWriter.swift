// The writers as they were before they wrote into one byte buffer, kept verbatim (renamed) as the
// oracle the byte writers are compared with on hostile text. Not used by the product.
@testable import PolicyRendering
import PolicyModel

/// Serializes an outline as HTML: a buffer of lines, escaping every text it is given.
///
/// Callers hand it plain text; the writer alone escapes, so the outline cannot carry markup.
struct LegacyHTMLWriter {
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
            line("<nav class=\"translations\" aria-label=\"\(outline.translationsLabel.legacyEscapedForHTML)\">")
            let links = outline.translations.map { translation in
                let code = translation.language.code.legacyEscapedForHTML
                return "<a href=\"\(code).html\" hreflang=\"\(code)\" lang=\"\(code)\" rel=\"alternate\">"
                    + translation.name.legacyEscapedForHTML + "</a>"
            }
            line("<p>\(links.joined(separator: " · "))</p>")
            line("</nav>")
        }
        line("<h1>\(outline.title.legacyEscapedForHTML)</h1>")
        line("<p class=\"updated\">\(inline(outline.lastUpdated))</p>")
        line("</header>")
        line("<nav class=\"contents\" aria-labelledby=\"contents\">")
        line("<h2 id=\"contents\">\(outline.contentsLabel.legacyEscapedForHTML)</h2>")
        line("<ol>")
        for section in outline.sections {
            line("<li><a href=\"#\(section.id)\">\(inline(section.heading.inlines))</a></li>")
        }
        line("</ol>")
        line("</nav>")
        line("<main>")
        sections(outline)
        line("</main>")
    }

    /// The sections alone, for a CMS page.
    mutating func fragment(_ outline: Outline) {
        line("<div class=\"privacy-notice\" lang=\"\(outline.language.code.legacyEscapedForHTML)\">")
        sections(outline)
        line("</div>")
    }

    private mutating func sections(_ outline: Outline) {
        for section in outline.sections {
            let tokens = DisclosureMarker.tokens(for: section.kind, hasIndirectSources: outline.hasIndirectSources)
            var attributes = "id=\"\(section.id)\""
            if section.kind == .objection { attributes += " class=\"apart\"" }
            if !tokens.isEmpty { attributes += " data-gdpr=\"\(tokens.joined(separator: " ").legacyEscapedForHTML)\"" }
            line("<section \(attributes)>")
            sectionID = section.id
            line("<h2 id=\"\(section.id)-heading\">\(inline(section.heading.inlines))</h2>")
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
        let labels = table.header.map { $0.plainText.legacyEscapedForHTML }
        line("<div class=\"table\" role=\"region\" tabindex=\"0\" aria-labelledby=\"\(sectionID)-heading\">")
        line("<table>")
        line("<thead>")
        line("<tr>" + table.header.map { "<th scope=\"col\">\(inline($0.inlines))</th>" }.joined() + "</tr>")
        line("</thead>")
        line("<tbody>")
        for row in table.rows {
            let id = row.id.map { " id=\"\($0.string.legacyEscapedForHTML)\"" } ?? ""
            let cells = row.cells.enumerated().map { index, cell in
                index == 0
                    ? "<th scope=\"row\">\(inline(cell.inlines))</th>"
                    : "<td data-label=\"\(index < labels.count ? labels[index] : "")\">\(inline(cell.inlines))</td>"
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
            case .text(let text): text.legacyEscapedForHTML
            case .strong(let text): "<strong>\(text.legacyEscapedForHTML)</strong>"
            case .link(let text, let address): "<a href=\"\(address.value.legacyEscapedForHTML)\">\(text.legacyEscapedForHTML)</a>"
            case .anchor(let text, let id): "<a href=\"#\(id.legacyEscapedForHTML)\">\(text.legacyEscapedForHTML)</a>"
            }
        }.joined()
    }
}


/// Puts a statement's HTML into the page layout of the templates, with the inlined stylesheet.
enum LegacyHTMLPage {
    /// A whole page, or only the statement body when `fragment`.
    static func render(_ outline: Outline, templates: TemplateSet, fragment: Bool) -> String {
        var writer = LegacyHTMLWriter()
        if fragment {
            writer.fragment(outline)
            return writer.output
        }
        writer.page(outline)
        let languages = [outline.language] + outline.translations.map(\.language)
        return fill(templates, lang: outline.language, title: outline.title, alternates: languages, body: writer.output)
    }

    /// The layout filled in; every value but `body` and `style` is escaped here.
    static func fill(_ templates: TemplateSet, lang: Language, title: String, alternates: [Language], body: String) -> String {
        let links = alternates.map { language in
            let code = language.code.legacyEscapedForHTML
            return "<link rel=\"alternate\" hreflang=\"\(code)\" href=\"\(code).html\">"
        }
        let page = templates.layout.fill(raw: [
            "lang": lang.code.legacyEscapedForHTML,
            "title": title.legacyEscapedForHTML,
            "alternates": links.joined(separator: "\n"),
            "style": templates.style.legacyTrimmingTrailingNewlines,
            "body": body.legacyTrimmingTrailingNewlines,
        ])
        return page.legacyTrimmingTrailingNewlines + "\n"
    }
}
extension String {
    /// The text without the line breaks at its end.
    ///
    /// Reads characters from the end, as `Character`s: a final CR LF is one character, neither `\n`
    /// nor `\r`, so it stays, and so does everything before it.
    var legacyTrimmingTrailingNewlines: String {
        let bytes = utf8
        var end = bytes.endIndex
        while end > bytes.startIndex {
            let last = bytes.index(before: end)
            if bytes[last] == UInt8(ascii: "\r") {
                end = last
            } else if bytes[last] == UInt8(ascii: "\n") {
                if last > bytes.startIndex, bytes[bytes.index(before: last)] == UInt8(ascii: "\r") { break }
                end = last
            } else {
                break
            }
        }
        return end == bytes.endIndex ? self : String(self[..<end])
    }
}
