@testable import PolicyRendering
import PolicyGenerator
import PolicyModel
import Testing

/// A policy's text set in running text as a placeholder's value (``Composer/runningText(_:)``) or as
/// a label lowered where it is copied (``RunningTextLabel``), against the text set in running text
/// first (``Composer/inRunningText(_:)``) and used as plain text.
@Suite struct RunningTextValueTests {
    static let samples = [
        "", "Nom et prénom", "Google Analytics", "I am", "(Facebook) pages", "Adresse électronique", "Écrire",
        "HTTPS", "LinkedIn", "Vous pouvez retirer votre consentement.", "À tout moment", "Facebook", "x",
    ]

    /// The value alone reads as the text in running text, byte for byte.
    @Test func valueAloneReadsAsTheTextInRunningText() {
        let composer = Composer(policy: SampleModel.policy, language: .fr, templates: Templates.shipped)
        for text in FastPathTests.texts(count: 20_000, seed: 31) + Self.samples {
            let expected = composer.inRunningText(text)
            let runs = composer.runs(of: composer.runningText(text))
            #expect(JoinedTextTests.spelled(runs) == JoinedTextTests.spelled(expected.isEmpty ? [] : [.text(expected)]),
                    "\(text.debugDescription)")
        }
    }

    /// Sentences filled with the value read as the same sentences filled with the text in running
    /// text, for the policies' own texts and random ones, after a bold run and after plain text.
    @Test func sentencesReadAsWithTheTextInRunningText() {
        let generator = PolicyGenerator(seed: 9)
        for index in 1...10 {
            let policy = generator.policy(index: index)
            for language in [Language.fr, .en] {
                let c = Composer(policy: policy, language: language, templates: Templates.shipped)
                let texts = policy.purposes.map { c.text($0.description) } + policy.cookies.map { c.text($0.description) }
                    + FastPathTests.texts(count: 200, seed: UInt64(index)) + Self.samples
                for text in texts {
                    let expected = c(.consentWithdrawalItem, ("purpose", .strong("Newsletter")), ("how", .text(c.inRunningText(text))))
                    let built = c(.consentWithdrawalItem, ("purpose", .strong("Newsletter")), ("how", c.runningText(text)))
                    #expect(JoinedTextTests.spelled(built) == JoinedTextTests.spelled(expected), "\(text.debugDescription)")
                    #expect(built == expected, "\(text.debugDescription)")
                }
            }
        }
    }

    /// A label reads as the text in running text, alone, as a value, and joined in lists.
    @Test func labelsReadAsTheTextsInRunningText() {
        var generator = FastPathTests.Generator(state: 41)
        let texts = FastPathTests.texts(count: 2_000, seed: 42) + Self.samples + ["Adresse", "Nom", "Q", "Zone de texte libre"]
        for language in [Language.fr, .en] {
            let c = Composer(policy: SampleModel.policy, language: language, templates: Templates.shipped)
            for text in texts {
                let label = c.runningTextLabel(text)
                // Against the reading by characters, which shares no code with the label's.
                #expect(label.string.utf8.elementsEqual(c.inRunningTextByCharacter(text).utf8), "\(text.debugDescription)")
                #expect(JoinedTextTests.spelled(c.runs(of: label.fill)) == JoinedTextTests.spelled(c.runs(of: .text(label.string))))
            }
            for _ in 0..<2_000 {
                let picked = (0..<Int(generator.next() % 6)).map { _ in generator.pick(texts) }
                let labels = picked.map(c.runningTextLabel)
                let strings = labels.map(\.string)
                #expect(JoinedTextTests.spelled(c.joined(labels: labels)) == JoinedTextTests.spelled(c.joined(texts: strings)), "\(picked)")
                for separator in ["", ", ", "; "] {
                    #expect(
                        JoinedTextTests.spelled(c.joined(labels: labels, separator: separator).inlines)
                            == JoinedTextTests.spelled(c.joined(texts: strings, separator: separator).inlines), "\(picked)")
                    let joined = String(joining: labels.count, separator: separator, labels: { labels[$0] })
                    #expect(Array(joined.utf8) == Array(strings.joined(separator: separator).utf8), "\(picked)")
                }
            }
        }
    }
}
