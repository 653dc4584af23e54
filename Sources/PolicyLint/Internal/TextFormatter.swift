/// `file:line:col: severity: message (at /pointer) [RULE-ID]`, with notes indented below.
///
/// Colour (ANSI) only when asked: the caller decides from the terminal and `NO_COLOR`.
struct TextFormatter {
    var colors: Bool

    func format(_ report: LintReport) -> String {
        var lines: [String] = []
        for entry in report.entries {
            for finding in entry.findings {
                let place = entry.location(of: finding)?.description ?? entry.document.origin
                var line = "\(place): \(paint(finding.severity.rawValue, finding.severity)): \(finding.message)"
                line += " (at \(finding.pointer.description.isEmpty ? "/" : finding.pointer.description))"
                if let waiver = finding.waiver { line += " (waived: \(waiver.reason))" }
                line += " " + dim("[\(finding.ruleID)]")
                lines.append(line)
                for note in finding.notes { lines.append("    note: \(note)") }
            }
        }
        let counts = report.counts
        lines.append(
            "\(counts.errors) error\(counts.errors == 1 ? "" : "s"), \(counts.warnings) warning\(counts.warnings == 1 ? "" : "s"), "
                + "\(counts.infos) info, \(counts.waived) waived")
        return lines.joined(separator: "\n") + "\n"
    }

    private func paint(_ text: String, _ severity: Severity) -> String {
        guard colors else { return text }
        let code = switch severity {
        case .error: "1;31"
        case .warning: "1;33"
        case .info: "1;36"
        }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }

    private func dim(_ text: String) -> String {
        colors ? "\u{1B}[2m\(text)\u{1B}[0m" : text
    }
}
