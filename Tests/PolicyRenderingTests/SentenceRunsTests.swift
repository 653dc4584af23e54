@testable import PolicyRendering
import PolicyModel
import Testing

/// The runs of a filled sentence (``SentenceRuns``, joining plain text in the composer's scratch
/// buffer) are the runs ``RunsBuilder`` builds from the same pieces and values, byte for byte.
@Suite struct SentenceRunsTests {
    /// A piece of a sentence or a value of a placeholder, drawn at random.
    enum Step {
        case run(Inline)
        case fill(Composer.Fill)
    }

    static func randomRun(_ generator: inout FastPathTests.Generator) -> Inline {
        let text = generator.pick(JoinedTextTests.pieces)
        switch generator.next() % 6 {
        case 0, 1, 2: return .text(text)
        case 3: return .strong(text)
        case 4: return .link(text: text, to: SampleModel.web("mailto:dpo@example.fr"))
        default: return .anchor(text: text, id: "rights")
        }
    }

    static func randomRuns(_ generator: inout FastPathTests.Generator) -> [Inline] {
        (0..<Int(generator.next() % 4)).map { _ in randomRun(&generator) }
    }

    static func randomStep(_ generator: inout FastPathTests.Generator) -> Step {
        switch generator.next() % 7 {
        case 0, 1: return .run(randomRun(&generator))
        case 2: return .fill(.text(generator.pick(JoinedTextTests.pieces)))
        case 3: return .fill(.strong(generator.pick(JoinedTextTests.pieces)))
        case 4: return .fill(.runs(randomRuns(&generator)))
        case 5: return .fill(.loweredText(generator.pick(["A", "Q", "Z"]) + generator.pick(JoinedTextTests.pieces)))
        default:
            let items = (0..<Int(generator.next() % 4)).map { _ in randomRuns(&generator) }
            return .fill(.list(items[...], separator: generator.pick(["", ", ", "; "])))
        }
    }

    /// The runs a value stands for, spelled out: a list's items with its separator between each two.
    static func runs(of fill: Composer.Fill) -> [Inline] {
        switch fill {
        case .text(let text): return [.text(text)]
        case .loweredText(let text): return [.text(RunningText.loweringFirstCharacter(text))]
        case .strong(let text): return [.strong(text)]
        case .runs(let runs): return runs
        case .list(let items, let separator):
            var runs: [Inline] = []
            for (position, item) in items.enumerated() {
                if position > 0 { runs.append(.text(separator)) }
                runs += item
            }
            return runs
        }
    }

    @Test func runsReadAsTheRunsBuilderRuns() {
        var generator = FastPathTests.Generator(state: 21)
        // One scratch buffer for every sentence, as the composer keeps one: what a sentence leaves
        // there must not reach the next.
        var scratch = UTF8Output(capacity: 16)
        for _ in 0..<3_000 {
            let steps = (0..<Int(generator.next() % 8)).map { _ in Self.randomStep(&generator) }
            var reference = RunsBuilder()
            var runs = SentenceRuns(capacity: 4)
            for step in steps {
                switch step {
                case .run(let run):
                    reference.append(run)
                    runs.append(run, scratch: &scratch)
                case .fill(let fill):
                    reference.append(Self.runs(of: fill))
                    runs.append(fill, scratch: &scratch)
                }
            }
            let expected = reference.finish()
            let built = runs.finish(scratch: &scratch)
            #expect(JoinedTextTests.spelled(built) == JoinedTextTests.spelled(expected), "\(steps)")
            #expect(built == expected, "\(steps)")
        }
    }

    /// ``SentenceRuns/finishRuns(scratch:)`` and ``RunsBuilder/finishRuns()`` are ``Runs/init(_:)`` of
    /// the runs ``SentenceRuns/finish(scratch:)`` and ``RunsBuilder/finish()`` make of the same steps.
    @Test func runsFinishedAsRunsAreTheRunsOfTheArray() {
        var generator = FastPathTests.Generator(state: 34)
        // A scratch buffer for each sentence, since the two are filled side by side.
        var scratch = UTF8Output(capacity: 16)
        var otherScratch = UTF8Output(capacity: 16)
        var plain = 0
        for _ in 0..<3_000 {
            let steps = (0..<Int(generator.next() % 5)).map { _ in Self.randomStep(&generator) }
            var builders = (RunsBuilder(), RunsBuilder())
            var sentences = (SentenceRuns(capacity: 2), SentenceRuns(capacity: 2))
            for step in steps {
                switch step {
                case .run(let run):
                    builders.0.append(run)
                    builders.1.append(run)
                    sentences.0.append(run, scratch: &scratch)
                    sentences.1.append(run, scratch: &otherScratch)
                case .fill(let fill):
                    builders.0.append(Self.runs(of: fill))
                    builders.1.append(Runs(Self.runs(of: fill)))
                    sentences.0.append(fill, scratch: &scratch)
                    sentences.1.append(fill, scratch: &otherScratch)
                }
            }
            let expected = Runs(builders.0.finish())
            if case .plain = expected { plain += 1 }
            #expect(builders.1.finishRuns() == expected, "\(steps)")
            #expect(Runs(sentences.0.finish(scratch: &scratch)) == expected, "\(steps)")
            #expect(sentences.1.finishRuns(scratch: &otherScratch) == expected, "\(steps)")
        }
        // Both forms are drawn often.
        #expect(plain > 300 && plain < 2_700)
    }
}
