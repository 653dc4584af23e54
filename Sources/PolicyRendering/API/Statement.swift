import PolicyModel

/// A policy's statement in one language, built from the model and the templates, before any format.
///
/// Build it once with ``PolicyRenderer/statement(_:language:)`` and write it in every format with
/// ``PolicyRenderer/render(_:format:options:)``: the HTML page and the Markdown file of a language
/// share it, and a benchmark can time building and writing apart.
public struct Statement: Sendable {
    let outline: Outline

    /// The language the statement is written in.
    public var language: Language { outline.language }
}
