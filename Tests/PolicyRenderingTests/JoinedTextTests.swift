@testable import PolicyRendering
import PolicyModel
import Testing

/// Texts written once into one string (``JoinedText``) read as the same texts joined with `+`,
/// and the composer's list of plain texts reads as the list of one-run items it replaces.
@Suite struct JoinedTextTests {
    /// Pieces chosen to cross the edges: empty, short enough to be stored inline, long, and not ASCII
    /// (accents, a combining accent, a narrow no-break space, a letter outside the Basic Plane).
    static let pieces: [String] = [
        "", "a", ", ", "Identité", "e\u{301}", "données de contact", "\u{202F}:", "𝒜bc",
        "l’historique des commandes et des factures", "K", "0123456789abcdef",
    ]

    /// The runs spelled out scalar by scalar, so that canonically equal but different texts differ.
    static func spelled(_ runs: [Inline]) -> [String] {
        runs.map { run in "\(run)" + run.plainText.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " ") }
    }

    @Test func joiningReadsAsTheStandardJoin() {
        var generator = FastPathTests.Generator(state: 5)
        for _ in 0..<2_000 {
            let count = Int(generator.next() % 7)
            let texts = (0..<count).map { _ in generator.pick(Self.pieces) }
            for separator in ["", ", ", "; ", " — "] {
                let joined = String(joining: texts.count, separator: separator) { texts[$0] }
                let reference = texts.joined(separator: separator)
                #expect(joined == reference, "\(texts)")
                #expect(Array(joined.utf8) == Array(reference.utf8), "\(texts)")
            }
        }
    }

    @Test func joinedTextsReadAsTheListOfItems() {
        for language in [Language.fr, .en] {
            let c = Composer(policy: SampleModel.policy, language: language, templates: Templates.shipped)
            var generator = FastPathTests.Generator(state: 9)
            for _ in 0..<500 {
                let count = Int(generator.next() % 6)
                let texts = (0..<count).map { _ in generator.pick(Self.pieces) }
                #expect(Self.spelled(c.joined(texts: texts)) == Self.spelled(c.joined(texts.map { [.text($0)] })), "\(texts)")
                let reference = texts.joined(separator: "; ")
                #expect(c.joined(texts: texts, separator: "; ") == Runs(reference.isEmpty ? [] : [.text(reference)]))
            }
        }
    }
}
