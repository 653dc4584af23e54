import PolicyModel

/// Puts a statement's HTML into the page layout of the templates, with the inlined stylesheet.
enum HTMLPage {
    /// A whole page, or only the statement body when `fragment`.
    static func render(_ outline: Outline, templates: TemplateSet, fragment: Bool) -> String {
        write(outline, templates: templates, fragment: fragment).string
    }

    /// ``render(_:templates:fragment:)``'s bytes, not made a string.
    static func write(_ outline: Outline, templates: TemplateSet, fragment: Bool) -> UTF8Output {
        var writer = HTMLWriter(capacity: 96 * 1024)
        if fragment {
            writer.fragment(outline)
        } else {
            let languages = [outline.language] + outline.translations.map(\.language)
            fill(templates, lang: outline.language, title: outline.title, alternates: languages, writer: &writer) {
                $0.page(outline)
            }
        }
        return writer.finish()
    }

    /// The layout filled in, written into `writer`: every value but `body` and `style` is escaped
    /// here, and `body` writes the statement in place, where the layout asks for it.
    ///
    /// The same as filling the layout with the values as strings, each of `style` and `body`
    /// without its line breaks at the end, then ending the page with exactly one.
    static func fill(
        _ templates: TemplateSet, lang: Language, title: String, alternates: [Language], writer: inout HTMLWriter,
        body: (inout HTMLWriter) -> Void
    ) {
        for segment in templates.layout.segments {
            switch segment {
            case .literal(let text):
                writer.out.append(raw: text)
            case .placeholder("lang"):
                writer.out.append(lang.code, escapedFor: .html)
            case .placeholder("title"):
                writer.out.append(title, escapedFor: .html)
            case .placeholder("alternates"):
                for (index, language) in alternates.enumerated() {
                    if index > 0 { writer.out.append("\n") }
                    writer.out.append("<link rel=\"alternate\" hreflang=\"")
                    writer.out.append(language.code, escapedFor: .html)
                    writer.out.append("\" href=\"")
                    writer.out.append(language.code, escapedFor: .html)
                    writer.out.append(".html\">")
                }
            case .placeholder("style"):
                let start = writer.out.count
                writer.out.append(raw: templates.style)
                writer.out.trimTrailingNewlines(from: start)
            case .placeholder("body"):
                let start = writer.out.count
                body(&writer)
                writer.out.trimTrailingNewlines(from: start)
            case .placeholder:
                break
            }
        }
        writer.out.trimTrailingNewlines(from: 0)
        writer.out.append("\n")
    }
}
