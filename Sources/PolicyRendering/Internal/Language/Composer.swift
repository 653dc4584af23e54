import PolicyModel

/// What every section builder needs: the policy, the language and its sentences.
///
/// `composer("rights.item", ["right": …])` fills a template with runs; the section builders never
/// write a sentence of their own.
struct Composer {
    let policy: Policy
    let language: Language
    let sentences: [String: Template]
    /// The first words of the names the policy uses, which keep their capital wherever they stand.
    let properNameWords: Set<String>

    init(policy: Policy, language: Language, templates: TemplateSet) {
        self.policy = policy
        self.language = language
        sentences = templates.sentences(for: language)
        properNameWords = Self.properNameWords(of: policy, in: language)
    }

    /// The sentence `key`, its placeholders filled with `values`.
    func callAsFunction(_ key: String, _ values: [String: [Inline]] = [:]) -> [Inline] {
        sentences[key]?.fill(values) ?? []
    }

    /// The sentence `key` as plain text, for headings, labels and table headers.
    func string(_ key: String, _ values: [String: String] = [:]) -> String {
        self(key, values.mapValues { [.text($0)] }).plainText
    }

    /// The policy's own text in this language, trimmed; empty when the language is absent.
    func text(_ localized: Localized?) -> String {
        localized?[language]?.trimmingSpaces ?? ""
    }

    /// A link to another section of the statement, labelled with that section's heading.
    func link(to section: StatementSection) -> [Inline] {
        [.anchor(text: string(SectionHeadings.key(for: section)), id: section.anchor)]
    }
}
