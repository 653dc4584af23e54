import Foundation

/// GitHub Actions workflow commands: `::error file=…,line=…,col=…,title=RULE-ID::message`.
///
/// Waived findings become notices so the waiver stays visible; data and properties are escaped as
/// the runner expects (`%`, CR, LF, and in properties `:` and `,`), and the other control characters
/// of the policy's text are made visible (``VisibleControls``: ESC as `\u{1B}`) rather than written raw
/// into the log.
struct GitHubFormatter {
    func format(_ report: LintReport) -> String {
        var lines: [String] = []
        for entry in report.entries {
            for finding in entry.findings {
                let command: String
                if finding.waiver != nil {
                    command = "notice"
                } else {
                    switch finding.severity {
                    case .error: command = "error"
                    case .warning: command = "warning"
                    case .info: command = "notice"
                    }
                }
                var properties: [String] = []
                if let location = entry.location(of: finding) {
                    properties += [
                        "file=\(escapeProperty(location.file))", "line=\(location.line)", "col=\(location.column)",
                    ]
                } else {
                    properties.append("file=\(escapeProperty(entry.document.origin))")
                }
                properties.append("title=\(escapeProperty(finding.ruleID))")
                var message = finding.message + " (at \(finding.pointer.description.isEmpty ? "/" : finding.pointer.description))"
                if let waiver = finding.waiver { message += " (waived: \(waiver.reason))" }
                for note in finding.notes { message += "\nnote: \(note)" }
                lines.append("::\(command) \(properties.joined(separator: ","))::\(escapeData(message))")
            }
        }
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }

    private func escapeData(_ text: String) -> String {
        VisibleControls.escaping(text, keepingLineBreaks: true).replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    private func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
