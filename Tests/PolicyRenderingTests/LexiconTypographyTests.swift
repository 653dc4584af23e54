@testable import PolicyRendering
import PolicyGenerator
import PolicyModel
import Testing

/// French typography of the lexicon's texts, worked out when the templates load
/// (``LexiconTypography``), against typesetting each text when it is met.
@Suite struct LexiconTypographyTests {
    static var french: Lexicon { Templates.shipped.lexicon(for: .fr) }

    /// Every text of the French sentences: their literal runs, their runs filled with nothing, their plain text.
    static var sentenceTexts: [String] {
        TemplateKeys.names.compactMap { french[SentenceKey($0)] }.flatMap { sentence in
            sentence.pieces.compactMap { piece -> String? in
                if case .run(let run) = piece { run.plainText } else { nil }
            } + sentence.runs.map(\.plainText) + [sentence.plain]
        }
    }

    /// Only the French lexicon carries the table: no other language's outline is typeset.
    @Test func onlyTheFrenchLexiconHasTypography() {
        #expect(Self.french.typography != nil)
        #expect(Templates.shipped.lexicon(for: .en).typography == nil)
    }

    /// Each sentence text longer than a small string is found, and answered as the typesetter answers it.
    @Test func lexiconTextsAreAnsweredAsTheTypesetterAnswersThem() throws {
        let table = try #require(Self.french.typography)
        var known = FrenchTypography.Typesetter(known: table)
        var found = 0
        for text in Self.sentenceTexts {
            let reference = FrenchTypography.typeset(text)
            #expect(known.typeset(text) == reference, "\(text.debugDescription)")
            let answer = UTF8Output.withUTF8(of: text) { table.answer(for: $0) }
            if text.utf8.count > 15 {
                switch answer {
                case .unknown: Issue.record("not found: \(text.debugDescription)")
                case .unchanged: #expect(reference == nil, "\(text.debugDescription)")
                case .typeset(let slot): #expect(table.typesetText(at: slot) == reference, "\(text.debugDescription)")
                }
                found += 1
            } else if case .unknown = answer {
            } else {
                Issue.record("a small string found: \(text.debugDescription)")
            }
        }
        #expect(found > 200)
    }

    /// A text with the same content in storage of its own, or a part of a held text, is not found:
    /// the table answers only the strings it holds, and such a text is typeset as usual.
    @Test func copiesAndPartsOfLexiconTextsAreNotFound() throws {
        let table = try #require(Self.french.typography)
        var known = FrenchTypography.Typesetter(known: table)
        for text in Self.sentenceTexts where text.utf8.count > 16 {
            let copy = String(decoding: Array(text.utf8), as: UTF8.self)
            let copyAnswer = UTF8Output.withUTF8(of: copy) { table.answer(for: $0) }
            guard case .unknown = copyAnswer else {
                Issue.record("a copy found: \(text.debugDescription)")
                continue
            }
            #expect(known.typeset(copy) == FrenchTypography.typeset(text))
            let prefixAnswer = UTF8Output.withUTF8(of: text) { table.answer(for: UnsafeBufferPointer(rebasing: $0.dropLast())) }
            guard case .unknown = prefixAnswer else {
                Issue.record("a prefix found: \(text.debugDescription)")
                continue
            }
        }
    }

    /// French outlines of generated policies typeset with the table equal the same outlines typeset
    /// text by text with no table: whatever the sections do to the lexicon's runs (capitals, running
    /// text, merges), what they hand to typography is typeset as it would have been.
    @Test func outlinesTypesetWithTheTableEqualOutlinesTypesetWithout() {
        let generator = PolicyGenerator(seed: 3)
        let table = Templates.shipped.lexicon(for: .fr).typography
        #expect(table != nil)
        for index in 1...20 {
            let policy = generator.policy(index: index)
            let untypeset = OutlineBuilder.untypesetOutline(policy, language: .fr, templates: Templates.shipped)
            var withTable = untypeset
            var known = FrenchTypography.Typesetter(known: table)
            withTable.typesetText { known.typeset($0) }
            var without = untypeset
            var plain = FrenchTypography.Typesetter()
            without.typesetText { plain.typeset($0) }
            #expect(withTable == without, "policy \(index)")
            #expect(OutlineBuilder.outline(policy, language: .fr, templates: Templates.shipped) == withTable, "policy \(index)")
        }
    }
}
