import PolicyModel

/// Puts a statement's HTML into the page layout of the templates, with the inlined stylesheet.
enum HTMLPage {
    /// A whole page, or only the statement body when `fragment`.
    static func render(_ outline: Outline, templates: TemplateSet, fragment: Bool) -> String {
        var writer = HTMLWriter()
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
            let code = language.code.escapedForHTML
            return "<link rel=\"alternate\" hreflang=\"\(code)\" href=\"\(code).html\">"
        }
        let page = templates.layout.fill(raw: [
            "lang": lang.code.escapedForHTML,
            "title": title.escapedForHTML,
            "alternates": links.joined(separator: "\n"),
            "style": templates.style.trimmingTrailingNewlines,
            "body": body.trimmingTrailingNewlines,
        ])
        return page.trimmingTrailingNewlines + "\n"
    }
}

extension String {
    /// The text without the line breaks at its end.
    ///
    /// Reads characters from the end, as `Character`s: a final CR LF is one character, neither `\n`
    /// nor `\r`, so it stays, and so does everything before it.
    var trimmingTrailingNewlines: String {
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
