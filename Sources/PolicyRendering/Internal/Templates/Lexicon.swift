import PolicyCatalogue
import PolicyModel

/// One language's sentences, prepared once when the templates load: each sentence is found by its
/// ``SentenceKey``, its placeholders are numbered, and the sentences without placeholders are already
/// filled, as runs and as plain text.
final class Lexicon: Sendable {
    /// A prepared sentence; a class, so that reading one costs one reference count.
    final class Sentence: Sendable {
        /// Literal runs (bold already cut at `**`, empty runs dropped, adjacent plain runs joined) and
        /// placeholders, numbered in the order ``TemplateKeys/withPlaceholders`` lists the key's names;
        /// `nil` for a placeholder the key does not take, which is left out.
        let pieces: [Piece]
        /// The sentence filled with no values, as ``Template/fill(_:)`` gives it.
        let runs: [Inline]
        /// ``runs`` as plain text.
        let plain: String

        enum Piece: Sendable {
            case run(Inline)
            case slot(Int?)
        }

        init(pieces: [Piece], runs: [Inline], plain: String) {
            self.pieces = pieces
            self.runs = runs
            self.plain = plain
        }
    }

    let language: Language
    /// By ``SentenceKey/index``; `nil` for a key the templates do not define.
    private let sentences: [Sentence?]
    /// The countries' names in this language, in the order of `Countries.all` (`nil` for a country
    /// without a name in it): found by the country's position, without hashing its code.
    private let countryNames: [String?]
    /// French typography of the sentences' texts, for a French lexicon: the outline's typesetting
    /// pass answers them from here.
    let typography: LexiconTypography?

    init(language: Language, templates: [String: Template]) {
        self.language = language
        sentences = TemplateKeys.names.enumerated().map { index, name in
            templates[name].map { Self.prepare($0, placeholders: TemplateKeys.placeholders(ofKeyAt: index)) }
        }
        countryNames = Countries.all.map { $0.name[language] }
        typography = language == .fr ? LexiconTypography(texts: Self.texts(of: sentences)) : nil
    }

    /// Every text the sentences hold as they are: their literal runs, their runs filled with no
    /// values and their plain text. A section uses these strings themselves, not copies.
    private static func texts(of sentences: [Sentence?]) -> [String] {
        var texts: [String] = []
        for case let sentence? in sentences {
            for case .run(let run) in sentence.pieces { texts.append(run.plainText) }
            for run in sentence.runs { texts.append(run.plainText) }
            texts.append(sentence.plain)
        }
        return texts
    }

    subscript(key: SentenceKey) -> Sentence? { sentences[key.index] }

    /// The country's name in this language, or its code when the catalogue does not know it.
    func country(_ code: CountryCode) -> String {
        Countries.position(of: code).flatMap { countryNames[$0] } ?? code.alpha2
    }

    private static func prepare(_ template: Template, placeholders: [String]) -> Sentence {
        var pieces: [Sentence.Piece] = []
        for piece in template.pieces {
            switch piece {
            case .run(.text(let text)) where text.isEmpty: continue
            case .run(.strong(let text)) where text.isEmpty: continue
            case .run(.text(let text)):
                if case .run(.text(let previous))? = pieces.last {
                    pieces[pieces.count - 1] = .run(.text(previous + text))
                } else {
                    pieces.append(.run(.text(text)))
                }
            case .run(let run): pieces.append(.run(run))
            case .placeholder(let name): pieces.append(.slot(placeholders.firstIndex(of: name)))
            }
        }
        let runs = template.fill([:])
        return Sentence(pieces: pieces, runs: runs, plain: runs.plainText)
    }
}
