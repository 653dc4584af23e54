/// How a statement is written out.
public struct RenderOptions: Sendable {
    /// HTML: write only the statement body, for a CMS page that brings its own layout and styles.
    public var fragment: Bool
    /// Markdown: open the file with YAML front matter (title, lang, date, translations).
    public var frontMatter: Bool

    public init(fragment: Bool = false, frontMatter: Bool = false) {
        self.fragment = fragment
        self.frontMatter = frontMatter
    }
}
