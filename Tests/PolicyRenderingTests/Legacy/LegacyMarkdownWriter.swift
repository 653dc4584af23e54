// The Markdown writer as it was before it wrote into one byte buffer, kept verbatim (renamed) as
// the oracle the byte writer is compared with on hostile text. Not used by the product.
@testable import PolicyRendering
import PolicyModel

/// Serializes an outline as CommonMark with GFM tables, escaping every text it is given.
///
/// Headings carry an `<a id>` anchor so links between sections work the same in every language.
struct LegacyMarkdownWriter {
    private(set) var output = ""

    private mutating func line(_ markdown: String = "") {
        output += markdown + "\n"
    }

    mutating func document(_ outline: Outline, frontMatter: Bool) {
        if frontMatter { self.frontMatter(outline) }
        line("# " + outline.title.legacyEscapedForMarkdown)
        line()
        line(inline(outline.lastUpdated).legacyProtectingMarkdownLineStart)
        if !outline.translations.isEmpty {
            line()
            line(outline.translations.map { "[\($0.name.legacyEscapedForMarkdown)](\($0.language.code).md)" }
                .joined(separator: " · "))
        }
        line()
        line("## " + outline.contentsLabel.legacyEscapedForMarkdown)
        line()
        for section in outline.sections { line("- [\(inline(section.heading.inlines))](#\(section.id))") }
        for section in outline.sections {
            line()
            line("<a id=\"\(section.id)\"></a>")
            line()
            line("## " + inline(section.heading.inlines))
            for block in section.blocks {
                line()
                self.block(block)
            }
        }
    }

    private mutating func frontMatter(_ outline: Outline) {
        line("---")
        line("title: " + outline.title.legacyQuotedForYAML)
        line("lang: " + outline.language.code)
        line("date: " + outline.effectiveDate.iso)
        if !outline.translations.isEmpty {
            line("translations:")
            for translation in outline.translations {
                line("  \(translation.language.code): \(translation.language.code).md")
            }
        }
        line("---")
        line()
    }

    private mutating func block(_ block: Block) {
        switch block {
        case .paragraph(let runs):
            line(inline(runs).legacyProtectingMarkdownLineStart)
        case .list(let items):
            for item in items { line("- " + inline(item).legacyProtectingMarkdownLineStart) }
        case .table(let table):
            line("| " + table.header.map { inline($0.inlines) }.joined(separator: " | ") + " |")
            line("|" + String(repeating: " --- |", count: table.header.count))
            for row in table.rows {
                line("| " + row.cells.map { inline($0.inlines) }.joined(separator: " | ") + " |")
            }
        }
    }

    /// Runs as Markdown; every text is escaped here, and link addresses have their parentheses escaped.
    func inline(_ runs: [Inline]) -> String {
        runs.map { run in
            switch run {
            case .text(let text): text.legacyEscapedForMarkdown
            case .strong(let text): Self.strong(text)
            case .link(let text, let address): "[\(text.legacyEscapedForMarkdown)](\(Self.destination(address.value)))"
            case .anchor(let text, let id): "[\(text.legacyEscapedForMarkdown)](#\(Self.destination(id)))"
            }
        }.joined()
    }

    /// A link destination with the characters that could end it escaped.
    static func destination(_ address: String) -> String {
        var result = ""
        for char in address.legacyNeutralisingControls {
            if "()<>\\ ".contains(char) { result.append("\\") }
            result.append(char)
        }
        return result
    }

    /// Bold text: CommonMark reads `**` as emphasis only when no space stands inside it, so the text
    /// is trimmed of the spaces and line breaks a policy may leave at its ends.
    static func strong(_ text: String) -> String {
        let line = text.legacyNeutralisingControls
        // A space that carries a combining mark is still a space to CommonMark.
        let isSpace: (Character) -> Bool = { $0.unicodeScalars.first == " " }
        guard let first = line.firstIndex(where: { !isSpace($0) }), let last = line.lastIndex(where: { !isSpace($0) })
        else { return "" }
        return "**\(String(line[first...last]).legacyEscapedForMarkdown)**"
    }
}
