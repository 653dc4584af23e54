/// `file:line:col: severity: message (at /pointer) [RULE-ID]`, with notes indented below.
///
/// A waived finding prints as `note:`, its severity and the waiver after the pointer
/// (`(error waived: reason)`), so it neither reads nor greps as a failing `error:`. Control characters of
/// the policy's text are made visible (``VisibleControls``): each finding stays on its line.
/// Colour (ANSI) only when asked: the caller decides from the terminal and `NO_COLOR`.
struct TextFormatter {
    var colors: Bool

    func format(_ report: LintReport) -> String {
        var lines: [String] = []
        for entry in report.entries {
            for finding in entry.findings {
                let place = entry.location(of: finding)?.description ?? entry.document.origin
                var text = finding.message
                text += " (at \(finding.pointer.description.isEmpty ? "/" : finding.pointer.description))"
                let label: String
                if let waiver = finding.waiver {
                    label = paint("note", "1;36")
                    text += " (\(finding.severity.rawValue) waived: \(waiver.reason))"
                } else {
                    label = paint(finding.severity.rawValue, Self.colour(of: finding.severity))
                }
                lines.append("\(visible(place)): \(label): \(visible(text)) " + dim("[\(visible(finding.ruleID))]"))
                for note in finding.notes { lines.append("    note: \(visible(note))") }
            }
        }
        let counts = report.counts
        lines.append(
            "\(counts.errors) error\(counts.errors == 1 ? "" : "s"), \(counts.warnings) warning\(counts.warnings == 1 ? "" : "s"), "
                + "\(counts.infos) info, \(counts.waived) waived")
        return lines.joined(separator: "\n") + "\n"
    }

    private func visible(_ text: String) -> String {
        VisibleControls.escaping(text)
    }

    private static func colour(of severity: Severity) -> String {
        switch severity {
        case .error: "1;31"
        case .warning: "1;33"
        case .info: "1;36"
        }
    }

    private func paint(_ text: String, _ code: String) -> String {
        colors ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    private func dim(_ text: String) -> String {
        colors ? "\u{1B}[2m\(text)\u{1B}[0m" : text
    }
}
