import PolicyModel

/// Writes a policy as a statement in one language and format, from the templates.
///
/// The policy and templates go through one outline per language, which an HTML or Markdown writer
/// serializes. The output is deterministic and ends with a newline.
public struct PolicyRenderer: Sendable {
    public let templates: TemplateSet

    public init(templates: TemplateSet) {
        self.templates = templates
    }

    /// The statement of `policy` in `language`, as a whole HTML page, an HTML fragment or Markdown.
    public func render(
        _ policy: Policy, language: Language, format: DocumentFormat, options: RenderOptions = RenderOptions()
    ) -> String {
        let outline = outline(policy, language: language)
        switch format {
        case .html:
            return HTMLPage.render(outline, templates: templates, fragment: options.fragment)
        case .markdown:
            var writer = MarkdownWriter()
            writer.document(outline, frontMatter: options.frontMatter)
            return writer.output
        }
    }

    /// `index.html`, offering the statement in each of its languages (links `fr.html`, `en.html`).
    public func indexPage(for policy: Policy) -> String {
        IndexPage.render(policy, templates: templates)
    }

    /// The outline of the statement in `language`: the structure both writers serialize.
    func outline(_ policy: Policy, language: Language) -> Outline {
        OutlineBuilder.outline(policy, language: language, templates: templates)
    }
}
