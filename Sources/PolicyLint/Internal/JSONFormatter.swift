import Foundation
import PolicyModel

/// The `json` format documented on ``LintReport``: sorted keys, two-space indentation, a final newline.
struct JSONFormatter {
    struct Document: Encodable {
        var version = 1
        var tool: Tool
        var documents: [Entry]
        var summary: Summary
    }

    struct Tool: Encodable {
        var name: String
        var version: String
    }

    struct Entry: Encodable {
        var policy: String
        var origin: String
        var findings: [Item]
    }

    struct Item: Encodable {
        var ruleID: String
        var severity: Severity
        var message: String
        var pointer: String
        var location: Location?
        var articles: [String]
        var notes: [String]
        var waiver: Waiver?
    }

    struct Location: Encodable {
        var file: String
        var line: Int
        var column: Int
    }

    struct Summary: Encodable {
        var errors: Int
        var warnings: Int
        var infos: Int
        var waived: Int
    }

    func format(_ report: LintReport) -> String {
        let counts = report.counts
        let document = Document(
            tool: Tool(name: report.toolName, version: report.toolVersion),
            documents: report.entries.map { entry in
                Entry(
                    policy: entry.document.policy.id.rawValue, origin: entry.document.origin,
                    findings: entry.findings.map { finding in
                        Item(
                            ruleID: finding.ruleID, severity: finding.severity, message: finding.message,
                            pointer: finding.pointer.description,
                            location: entry.location(of: finding).map {
                                Location(file: $0.file, line: $0.line, column: $0.column)
                            },
                            articles: RuleRegistry.rule(id: finding.ruleID)?.articles ?? [], notes: finding.notes,
                            waiver: finding.waiver)
                    })
            },
            summary: Summary(errors: counts.errors, warnings: counts.warnings, infos: counts.infos, waived: counts.waived))
        return Self.encode(document)
    }

    static func encode<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        // Encoding plain values cannot fail; a failure is a programming error.
        guard let data = try? encoder.encode(value), let text = String(data: data, encoding: .utf8) else {
            preconditionFailure("lint report could not be encoded")
        }
        return text + "\n"
    }
}
