import Foundation
import PolicyLint
import PolicyModel
import PolicyRendering

/// `policyc lint`: checks policies against the GDPR and French law.
enum LintCommand {
    static let spec = ArgumentSpec(
        flags: ["--strict"], options: ["--file", "--format", "--date", "--templates", "--rendered"])
    static let usage =
        "usage: policyc lint [ids…|--file F] [--format text|json|sarif|github] [--strict] [--date YYYY-MM-DD] [--rendered DIR]"
    static let help = """
        \(usage)

        Checks each policy (all of policies/ when none is named) for every disclosure the GDPR and French law
        require, and the templates for missing keys and placeholders.
          --format   text (default; path:line:col: severity: message [RULE-ID]; a waived finding is a
                     note: with "(error waived: reason)"), json, sarif (SARIF 2.1.0), github (workflow
                     commands); text and github write control characters as \\u{1B} escapes
          --strict   warnings fail too
          --date     the day date-aware rules judge on (adequacy decisions in force); default today
          --rendered checks the published pages DIR/<id>/{fr,en}.html too: each must still carry every
                     required disclosure (its data-gdpr markers), so a hand-edited page fails
        Exit codes: 0 clean, 1 errors (warnings too under --strict), 2 bad input.
        """

    static func run(_ arguments: Arguments, terminal: inout Terminal) throws -> ExitCode {
        let format = LintFormat(rawValue: try arguments.choice(
            "--format", in: LintFormat.allCases.map(\.rawValue), default: "text") ?? "text") ?? .text
        var date = today
        if let text = arguments.option("--date") {
            guard let parsed = CalendarDate(iso: text) else {
                throw UsageError(message: "--date takes a date (\(CalendarDate.accepted)), not '\(text)'")
            }
            date = parsed
        }
        let documents = try PolicyLoader.load(
            ids: arguments.positionals, file: arguments.option("--file"), terminal: terminal, allByDefault: true)
        var report = report(for: documents, referenceDate: date)
        if let rendered = arguments.option("--rendered") {
            let directory = URL(fileURLWithPath: rendered, relativeTo: URL(fileURLWithPath: terminal.currentDirectory)).path
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw BadInput("policyc lint: --rendered folder '\(rendered)' not found")
            }
            report.entries = report.entries.map { entry in
                var entry = entry
                entry.findings += RenderedPageCheck.check(entry.document.policy, renderedDirectory: directory)
                return entry
            }
        }
        let output = report.formatted(as: format, colors: format == .text && terminal.wantsColor)
        if !output.isEmpty { terminal.print(output) }

        var templatesFail = false
        if arguments.option("--file") == nil || arguments.option("--templates") != nil {
            if let directory = try? TemplateLocator.directory(option: arguments.option("--templates"), terminal: terminal) {
                for problem in TemplateSet.problems(directory: directory) {
                    terminal.printError("\(problem) [POLICYC-TEMPLATES]")
                    templatesFail = true
                }
            }
        }
        return report.hasFailures(strict: arguments.flag("--strict")) || templatesFail ? .lintFailure : .success
    }

    static func report(for documents: [PolicyDocument], referenceDate: CalendarDate) -> LintReport {
        let linter = Linter()
        let context = LintContext(referenceDate: referenceDate)
        return LintReport(entries: documents.map { document in
            LintReport.Entry(document: document, findings: linter.lint(document.policy, context: context))
        })
    }

    /// Today in UTC.
    static var today: CalendarDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: parts.year ?? 2000, month: parts.month ?? 1, day: parts.day ?? 1)
            ?? CalendarDate(iso: "2000-01-01")!
    }
}
