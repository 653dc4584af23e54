import Foundation
import PolicyModel

/// Reads a templates directory and checks it, collecting every problem rather than stopping at the first.
struct TemplateLoader {
    var directory: String

    /// The placeholders the page layout may use.
    static let layoutPlaceholders: Set<String> = ["lang", "title", "alternates", "style", "body"]

    func load() -> (set: TemplateSet?, problems: [TemplateError]) {
        var problems: [TemplateError] = []
        var located: [Language: [String: LocatedTemplate]] = [:]
        for language in languages() {
            located[language] = readLanguage(language, &problems)
        }
        let consistency = TemplateConsistency(languages: located, directory: directory).problems()
        let layout = readLayout(&problems)
        let style = readStyle(&problems)
        // Each file's own problems first, then what the languages disagree on: a line that does not parse in
        // one language also makes its key look missing there, and the cause should come before the effect.
        problems = Self.ordered(problems) + Self.ordered(consistency)
        guard let layout, let style else { return (nil, problems) }
        let strings = located.mapValues { $0.mapValues(\.template) }
        return (TemplateSet(strings: strings, layout: layout, style: style), problems)
    }

    /// `problems` by file and line, in the order they were found within a line.
    private static func ordered(_ problems: [TemplateError]) -> [TemplateError] {
        problems.enumerated()
            .sorted { ($0.element.file, $0.element.line, $0.offset) < ($1.element.file, $1.element.line, $1.offset) }
            .map(\.element)
    }

    /// The required languages, plus any other folder named like a language tag, sorted.
    private func languages() -> [Language] {
        let folders = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        let tags = folders.filter { name in
            (2...3).contains(name.count) && name.allSatisfy { $0.isASCII && $0.isLowercase }
                && isDirectory(path(name))
        }
        return Set(tags.map(Language.init) + Language.required).sorted()
    }

    private func readLanguage(_ language: Language, _ problems: inout [TemplateError]) -> [String: LocatedTemplate] {
        let folder = path(language.code)
        guard isDirectory(folder) else {
            problems.append(TemplateError(file: folder, line: 1, message: "the '\(language)' templates folder is missing"))
            return [:]
        }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".txt") }
        var templates: [String: LocatedTemplate] = [:]
        for name in names.sorted() {
            let file = folder + "/" + name
            guard let contents = read(file, &problems) else { continue }
            let parsed = TemplateFile(path: file, contents: contents)
            problems += parsed.problems
            for entry in parsed.entries {
                if let first = templates[entry.key] {
                    problems.append(TemplateError(
                        file: file, line: entry.line,
                        message: "'\(entry.key)' is already defined at \(first.file):\(first.line)"))
                    continue
                }
                templates[entry.key] = LocatedTemplate(template: entry.template, file: file, line: entry.line)
            }
        }
        return templates
    }

    private func readLayout(_ problems: inout [TemplateError]) -> Template? {
        let file = path("layout.html")
        guard let text = read(file, &problems) else { return nil }
        switch Template.parse(text) {
        case .failure(let failure):
            problems.append(TemplateError(file: file, line: line(of: "{{", in: text), message: failure.message))
            return nil
        case .success(let layout):
            for name in layout.placeholders where !Self.layoutPlaceholders.contains(name) {
                problems.append(TemplateError(
                    file: file, line: line(of: "{{\(name)}}", in: text),
                    message: "unknown placeholder {{\(name)}}; the layout may use "
                        + Self.layoutPlaceholders.sorted().map { "{{\($0)}}" }.joined(separator: ", ")))
            }
            if !layout.placeholders.contains("body") {
                problems.append(TemplateError(file: file, line: 1, message: "the layout has no {{body}}"))
            }
            return layout
        }
    }

    private func readStyle(_ problems: inout [TemplateError]) -> String? {
        let file = path("style.css")
        guard let text = read(file, &problems) else { return nil }
        // Byte by byte: what the HTML parser reads in <style> is bytes, and Foundation's substring
        // search went through a bridged string (half a million instructions for the stylesheet).
        if text.utf8.contains(UInt8(ascii: "<")) {
            problems.append(TemplateError(
                file: file, line: line(of: "<", in: text),
                message: "the stylesheet is inlined in <style>: it may not contain '<'"))
            return nil
        }
        return text
    }

    private func read(_ file: String, _ problems: inout [TemplateError]) -> String? {
        guard let data = FileManager.default.contents(atPath: file) else {
            problems.append(TemplateError(file: file, line: 1, message: "cannot read the file"))
            return nil
        }
        guard let text = String(data: data, encoding: .utf8) else {
            problems.append(TemplateError(file: file, line: 1, message: "the file is not UTF-8 text"))
            return nil
        }
        return text
    }

    private func path(_ name: String) -> String { directory + "/" + name }

    private func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// The 1-based line where `needle` first occurs, or 1.
    private func line(of needle: String, in text: String) -> Int {
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where line.contains(needle) {
            return index + 1
        }
        return 1
    }
}

/// A template with the file and line it was read from.
struct LocatedTemplate: Sendable {
    var template: Template
    var file: String
    var line: Int
}
