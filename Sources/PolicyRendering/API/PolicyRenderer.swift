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
        render(statement(policy, language: language), format: format, options: options)
    }

    /// The statement of `policy` in `language`, ready to be written in any format.
    public func statement(_ policy: Policy, language: Language) -> Statement {
        Statement(outline: outline(policy, language: language))
    }

    /// `statement` as a whole HTML page, an HTML fragment or Markdown.
    public func render(_ statement: Statement, format: DocumentFormat, options: RenderOptions = RenderOptions()) -> String {
        document(statement, format: format, options: options).string
    }

    /// ``render(_:format:options:)`` as bytes, with no string made of them: for writing the document out.
    public func document(
        _ statement: Statement, format: DocumentFormat, options: RenderOptions = RenderOptions()
    ) -> RenderedDocument {
        let outline = statement.outline
        switch format {
        case .html:
            return RenderedDocument(bytes: HTMLPage.write(outline, templates: templates, fragment: options.fragment))
        case .markdown:
            var writer = MarkdownWriter()
            writer.document(outline, frontMatter: options.frontMatter)
            return RenderedDocument(bytes: writer.finish())
        }
    }

    /// `index.html`, offering the statement in each of its languages (links `fr.html`, `en.html`).
    public func indexPage(for policy: Policy) -> String {
        IndexPage.render(policy, outlines: IndexPage.languages(of: policy, templates: templates).map {
            outline(policy, language: $0)
        }, templates: templates)
    }

    /// Every published file of a policy, building each language's outline once: `fr.html`, `fr.md`,
    /// `en.html`, `en.md` (one pair per language of the policy) and `index.html`.
    public func files(for policy: Policy) -> [(name: String, contents: String)] {
        var files: [(name: String, contents: String)] = []
        forEachFile(for: policy) { name, document in files.append((name, document.string)) }
        return files
    }

    /// Calls `body` with each of ``files(for:)``, in the same order, as bytes with no string made
    /// of them: for writing the files out.
    public func forEachFile<Failure: Error>(
        for policy: Policy, _ body: (String, borrowing RenderedDocument) throws(Failure) -> Void
    ) throws(Failure) {
        let outlines = IndexPage.languages(of: policy, templates: templates).map { outline(policy, language: $0) }
        for outline in outlines {
            let code = outline.language.code
            try body("\(code).html", RenderedDocument(bytes: HTMLPage.write(outline, templates: templates, fragment: false)))
            var writer = MarkdownWriter()
            writer.document(outline, frontMatter: false)
            try body("\(code).md", RenderedDocument(bytes: writer.finish()))
        }
        try body("index.html", RenderedDocument(bytes: IndexPage.write(policy, outlines: outlines, templates: templates)))
    }

    /// The outline of the statement in `language`: the structure both writers serialize.
    func outline(_ policy: Policy, language: Language) -> Outline {
        OutlineBuilder.outline(policy, language: language, templates: templates)
    }
}
