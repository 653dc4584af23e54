import PolicyModel

/// The sentences, layout and stylesheet a statement is written with, loaded from a `templates/` directory.
///
/// The directory holds one folder per language (`fr/`, `en/`) of `key = text` files, plus `layout.html`
/// and `style.css`; `templates/README.md` describes the format for the legal team. Loading checks
/// every file: a malformed line, an unknown key or placeholder, a key missing in one language or a
/// placeholder used in one language only is a ``TemplateError`` naming the file and line.
public struct TemplateSet: Sendable {
    /// Each language's sentences, by key.
    var strings: [Language: [String: Template]] {
        didSet { lexicons = Self.lexicons(strings) }
    }
    /// The HTML page around a statement.
    var layout: Template
    /// The stylesheet, inlined in every page.
    var style: String
    /// Each language's sentences, prepared for the outline.
    private(set) var lexicons: [Language: Lexicon]

    init(strings: [Language: [String: Template]], layout: Template, style: String) {
        self.strings = strings
        self.layout = layout
        self.style = style
        lexicons = Self.lexicons(strings)
    }

    /// The languages the templates are written in, in a stable order.
    public var languages: [Language] { strings.keys.sorted() }

    /// Loads and validates the templates in `directory`; throws the first problem found.
    public static func load(directory: String) throws(TemplateError) -> TemplateSet {
        let result = TemplateLoader(directory: directory).load()
        if let first = result.problems.first { throw first }
        guard let set = result.set else {
            throw TemplateError(file: directory, line: 1, message: "no templates could be read")
        }
        return set
    }

    /// Every problem in the templates in `directory`, in file order; empty when they are usable.
    public static func problems(directory: String) -> [TemplateError] {
        TemplateLoader(directory: directory).load().problems
    }

    /// The prepared sentences of `language`, from ``sentences(for:)``.
    func lexicon(for language: Language) -> Lexicon {
        lexicons[language] ?? Lexicon(language: language, templates: sentences(for: language))
    }

    private static func lexicons(_ strings: [Language: [String: Template]]) -> [Language: Lexicon] {
        Dictionary(uniqueKeysWithValues: strings.map { ($0.key, Lexicon(language: $0.key, templates: $0.value)) })
    }

    /// The sentences of `language`, or of the first language the templates have when it has none.
    func sentences(for language: Language) -> [String: Template] {
        strings[language] ?? strings[.en] ?? strings.sorted { $0.key < $1.key }.first?.value ?? [:]
    }
}
