import PolicyModel

/// Checks the languages' sentences against the key registry and against each other.
///
/// Every key of ``TemplateKeys`` must have a text in every language; no other key may appear; a
/// text may use only its key's placeholders, and every language must use the same ones.
struct TemplateConsistency {
    var languages: [Language: [String: LocatedTemplate]]
    var directory: String

    func problems() -> [TemplateError] {
        if isConsistent() { return [] }
        var problems: [TemplateError] = []
        let order = languages.keys.sorted()
        for language in order {
            for (key, located) in sorted(languages[language] ?? [:]) {
                guard let allowed = TemplateKeys.all[key] else {
                    problems.append(error(located, "unknown key '\(key)'"))
                    continue
                }
                for name in located.template.placeholders where !allowed.contains(name) {
                    let known = allowed.isEmpty ? "it takes no placeholder"
                        : "it may use " + allowed.sorted().map { "{{\($0)}}" }.joined(separator: ", ")
                    problems.append(error(located, "unknown placeholder {{\(name)}} in '\(key)'; \(known)"))
                }
            }
        }
        for key in TemplateKeys.all.keys.sorted() {
            problems += compare(key, across: order)
        }
        return problems.sorted { ($0.file, $0.line) < ($1.file, $1.line) }
    }

    /// Whether ``problems()`` finds nothing, answered without sorting or building messages: every
    /// key of every language is known and uses only its placeholders, and every known key has a text
    /// in every language, all using the same placeholders (the same set, since all are allowed).
    private func isConsistent() -> Bool {
        guard !languages.isEmpty else { return TemplateKeys.all.isEmpty }
        for templates in languages.values {
            for (key, located) in templates {
                guard let allowed = TemplateKeys.all[key] else { return false }
                for name in located.template.placeholders where !allowed.contains(name) { return false }
            }
        }
        // Every key of every language is known, so a language has them all when it has as many.
        let all = Array(languages.values)
        guard all.allSatisfy({ $0.count == TemplateKeys.all.count }) else { return false }
        for (key, located) in all[0] {
            // `placeholders` lists each name once, so equal counts and inclusion make equal sets.
            let used = located.template.placeholders
            for other in all.dropFirst() {
                guard let placeholders = other[key]?.template.placeholders, placeholders.count == used.count,
                    placeholders.allSatisfy(used.contains)
                else { return false }
            }
        }
        return true
    }

    /// A key missing in some language, or using placeholders another language does not.
    private func compare(_ key: String, across order: [Language]) -> [TemplateError] {
        let present = order.compactMap { language in languages[language]?[key].map { (language, $0) } }
        guard let first = present.first?.1 else {
            let folder = directory + "/" + (order.first?.code ?? "fr")
            return [TemplateError(file: folder, line: 1, message: "no language defines '\(key)'")]
        }
        var problems: [TemplateError] = []
        for language in order where languages[language]?[key] == nil {
            problems.append(error(first, "'\(key)' has no '\(language)' text (expected in \(directory)/\(language))"))
        }
        let allowed = TemplateKeys.all[key] ?? []
        for (language, located) in present {
            let used = Set(located.template.placeholders)
            for (otherLanguage, other) in present where otherLanguage != language {
                for name in other.template.placeholders where !used.contains(name) && allowed.contains(name) {
                    problems.append(error(
                        located,
                        "'\(key)' does not use {{\(name)}}, which the '\(otherLanguage)' text uses "
                            + "(\(other.file):\(other.line))"))
                }
            }
        }
        return problems
    }

    private func sorted(_ templates: [String: LocatedTemplate]) -> [(String, LocatedTemplate)] {
        templates.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    private func error(_ located: LocatedTemplate, _ message: String) -> TemplateError {
        TemplateError(file: located.file, line: located.line, message: message)
    }
}
