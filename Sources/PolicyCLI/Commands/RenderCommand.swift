import PolicyModel
import PolicyRendering

/// `policyc render`: one statement in one language and format, to standard output.
enum RenderCommand {
    static let spec = ArgumentSpec(
        flags: ["--fragment", "--front-matter"], options: ["--file", "--lang", "--format", "--templates"],
        maximumPositionals: 1)
    static let usage =
        "usage: policyc render <id> | --file F --lang fr|en --format html|md [--fragment] [--front-matter] [--templates DIR]"
    static let help = """
        \(usage)

        Prints the statement to standard output.
          --lang          the language: fr or en (required)
          --format        html (a standalone page) or md (CommonMark with GFM tables) (required)
          --fragment      html: only the statement's body, for embedding in a CMS page
          --front-matter  md: YAML front matter (title, lang, date, translations) for static-site generators
          --templates     the templates folder (default: templates/ found from the working directory)
        """

    static func run(_ arguments: Arguments, terminal: inout Terminal) throws -> ExitCode {
        guard let lang = try arguments.choice("--lang", in: ["fr", "en"]) else {
            throw UsageError(message: "--lang is required")
        }
        guard let formatName = try arguments.choice("--format", in: ["html", "md"]) else {
            throw UsageError(message: "--format is required")
        }
        let format: DocumentFormat = formatName == "html" ? .html : .markdown
        if arguments.flag("--fragment") && format != .html { throw UsageError(message: "--fragment goes with --format html") }
        if arguments.flag("--front-matter") && format != .markdown {
            throw UsageError(message: "--front-matter goes with --format md")
        }
        let document = try PolicyLoader.loadOne(
            ids: arguments.positionals, file: arguments.option("--file"), terminal: terminal)
        let renderer = try Rendering.renderer(templates: arguments.option("--templates"), terminal: terminal)
        let options = RenderOptions(fragment: arguments.flag("--fragment"), frontMatter: arguments.flag("--front-matter"))
        terminal.write(renderer.render(document.policy, language: Language(lang), format: format, options: options))
        return .success
    }
}

/// Loading the renderer, shared by `render` and `build`.
enum Rendering {
    static func renderer(templates option: String?, terminal: Terminal) throws -> PolicyRenderer {
        let directory = try TemplateLocator.directory(option: option, terminal: terminal)
        do {
            return PolicyRenderer(templates: try TemplateSet.load(directory: directory))
        } catch {
            // Every problem, as `lint` reports them: the first alone may be a consequence (a key "missing"
            // in one language) of the real fault (a malformed line in the other).
            let problems = TemplateSet.problems(directory: directory)
            throw BadInput(messages: problems.isEmpty ? [error.description] : problems.map(\.description))
        }
    }
}
