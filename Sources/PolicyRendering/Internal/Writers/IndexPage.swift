import PolicyModel

/// The page that offers a statement in each of its languages, each link written in its own language.
enum IndexPage {
    /// The policy's languages that have templates, the required ones first.
    static func languages(of policy: Policy, templates: TemplateSet) -> [Language] {
        policy.languages.sorted { lhs, rhs in
            (order(lhs), lhs.code) < (order(rhs), rhs.code)
        }.filter { templates.strings[$0] != nil }
    }

    /// The page, from the statement's outlines in ``languages(of:templates:)`` order.
    static func render(_ policy: Policy, outlines: [Outline], templates: TemplateSet) -> String {
        write(policy, outlines: outlines, templates: templates).string
    }

    /// ``render(_:outlines:templates:)``'s bytes, not made a string.
    static func write(_ policy: Policy, outlines: [Outline], templates: TemplateSet) -> UTF8Output {
        var writer = HTMLWriter(capacity: 8 * 1024)
        let first = outlines.first
        HTMLPage.fill(
            templates, lang: first?.language ?? .fr, title: outlines.map(\.title).joined(separator: " / "),
            alternates: outlines.map(\.language), writer: &writer
        ) { writer in
            writer.line("<main class=\"index\">")
            for outline in outlines {
                let code = outline.language.code.escapedForHTML
                writer.line("<section lang=\"\(code)\">")
                writer.line("<h1>\(outline.title.escapedForHTML)</h1>")
                let link = Composer(policy: policy, language: outline.language, templates: templates).string("index.link")
                let text = outline.language == .fr ? FrenchTypography.apply(link) : link
                writer.line("<p><a href=\"\(code).html\" hreflang=\"\(code)\">\(text.escapedForHTML)</a></p>")
                writer.line("</section>")
            }
            writer.line("</main>")
        }
        return writer.finish()
    }

    /// The required languages first, in their order; any other after.
    private static func order(_ language: Language) -> Int {
        Language.required.firstIndex(of: language) ?? Language.required.count
    }
}
