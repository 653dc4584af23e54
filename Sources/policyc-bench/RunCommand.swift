import Foundation
import PolicyGenerator
import PolicyLint
import PolicyModel
import PolicyRendering

/// `policyc-bench run`: generate → lint → outline (2 languages) → write each in 2 formats → hand over, one policy at a time.
///
/// Nothing of a policy outlives its iteration, so peak memory does not grow with `--count`.
struct RunCommand {
    var options: Options

    func run() throws {
        let count = try options.count
        let generator = PolicyGenerator(seed: try options.seed, size: try options.size)
        let templatesPath = options.string("--templates") ?? "templates"
        let renderer = PolicyRenderer(templates: try TemplateSet.load(directory: templatesPath))
        let sink = try OutputSink(folder: options.string("--out"))
        let dump = try options.string("--dump-markdown").map { try OutputSink(folder: $0) }
        let linter = Linter()

        var clock = PhaseClock()
        var lint = LintTally()
        var memoryAtTenth: Double?
        for index in 1...count {
            let policy = clock.time(.generate) { generator.policy(index: index) }
            let findings = clock.time(.lint) {
                linter.lint(policy, context: LintContext(referenceDate: policy.effectiveDate))
            }
            lint.add(findings)
            let id = policy.id.rawValue
            // Optionals, so that the outlines are freed inside a timed phase and not after it.
            var french = Optional(clock.time(.outlineFrench) { renderer.statement(policy, language: .fr) })
            var english = Optional(clock.time(.outlineEnglish) { renderer.statement(policy, language: .en) })
            let htmlFR = clock.produce(.htmlFrench) { renderer.document(french!, format: .html) }
            let htmlEN = clock.produce(.htmlEnglish) { renderer.document(english!, format: .html) }
            let markdownFR = clock.produce(.markdownFrench) { renderer.document(french!, format: .markdown) }
            let markdownEN = clock.produce(.markdownEnglish) { renderer.document(english!, format: .markdown) }
            if let dump {
                try clock.time(.dump) {
                    try dump.write(markdownFR, name: "\(id).fr.md")
                    try dump.write(markdownEN, name: "\(id).en.md")
                }
            }
            // Timed without a closure, which could not give the documents up: each is freed as it is written.
            let writing = clock.start()
            try sink.writeAndFree(htmlFR, name: "\(id).fr.html")
            try sink.writeAndFree(htmlEN, name: "\(id).en.html")
            try sink.writeAndFree(markdownFR, name: "\(id).fr.md")
            try sink.writeAndFree(markdownEN, name: "\(id).en.md")
            clock.add(.write, since: writing)
            clock.time(.release) {
                french = nil
                english = nil
            }
            if index == max(1, count / 10) { memoryAtTenth = PeakMemory.megabytes() }
        }
        let report = BenchReport(
            count: count, seed: generator.seed, sizeName: options.string("--size") ?? "mixed",
            templates: templatesPath, clock: clock, lint: lint, memoryAtTenth: memoryAtTenth,
            peakMemory: PeakMemory.megabytes())
        print(report.text, terminator: "")
    }
}
