@testable import PolicyRendering
import Testing

/// ``Template/parse(_:)`` reads the text once as UTF-8; it must give the templates and the failures of
/// ``Template/parseByText(_:)``, the rules as written, for every text.
@Suite struct TemplateParseTests {
    /// Pieces template texts are made of: marks whole and halved, names good and bad, and characters
    /// of several scalars next to the marks.
    static let pieces: [String] = [
        "{{", "}}", "{", "}", "**", "*", "{{name}}", "{{controller}}", "{{a1}}", "{{1a}}", "{{}}", "{{na me}}",
        "{{é}}", "{{e\u{0301}}}", "a", "Z", "é", " ", "\t", "\r\n", "\u{0301}", "👍🏽", "日本", "«", "’", ":", "=",
        "**bold**", "{{x", "y}}",
    ]

    static func texts(count: Int, seed: UInt64) -> [String] {
        var generator = FastPathTests.Generator(state: seed)
        return (0..<count).map { _ in
            let length = Int(generator.next() % 10)
            return (0..<length).map { _ in generator.pick(pieces) }.joined()
        }
    }

    @Test func parsingUTF8MatchesTheRulesOnText() {
        for text in Self.texts(count: 40_000, seed: 11) + Self.pieces + [""] {
            switch (Template.parse(text), Template.parseByText(text)) {
            case (.success(let fast), .success(let reference)):
                #expect(fast == reference, "\(text.debugDescription)")
                #expect(fast.pieces == reference.pieces, "\(text.debugDescription)")
                #expect(fast.segments.map(\.bytes) == reference.segments.map(\.bytes), "\(text.debugDescription)")
            case (.failure(let fast), .failure(let reference)):
                #expect(fast.message == reference.message, "\(text.debugDescription)")
            default:
                Issue.record("parse and parseByText disagree on \(text.debugDescription)")
            }
        }
    }

    @Test func shippedSentencesParseAsBefore() throws {
        let templates = Templates.shipped
        for language in templates.languages {
            for (_, template) in templates.strings[language] ?? [:] {
                let text = template.segments.map { segment -> String in
                    switch segment {
                    case .literal(let text): text
                    case .placeholder(let name): "{{\(name)}}"
                    }
                }.joined()
                #expect(try Template.parseByText(text).get() == template)
            }
        }
    }
}

extension Template.Segment {
    /// The segment's exact bytes, so texts equal only up to canonical equivalence are told apart.
    var bytes: [UInt8] {
        switch self {
        case .literal(let text): Array("L".utf8) + Array(text.utf8)
        case .placeholder(let name): Array("P".utf8) + Array(name.utf8)
        }
    }
}
