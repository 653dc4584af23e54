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
    var trimmingTrailingNewlines: String {
        var text = Substring(self)
        while text.last == "\n" || text.last == "\r" { text = text.dropLast() }
        return String(text)
    }
}
