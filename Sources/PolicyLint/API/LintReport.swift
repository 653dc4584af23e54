import PolicyModel

/// The findings for one or more policy documents, ready to print in any ``LintFormat``.
///
/// Locations come from each document's source map (the nearest recorded ancestor of the finding's
/// pointer); when none is recorded, the document's origin stands in and the JSON pointer says where.
///
/// ## The JSON format (`version` 1)
///
/// ```json
/// {
///   "version": 1,
///   "tool": { "name": "policyc", "version": "0.1.0" },
///   "documents": [
///     {
///       "policy": "carmen-immobilier",
///       "origin": "policies/CarmenImmobilier.swift",
///       "findings": [
///         {
///           "ruleID": "GDPR-13-1-a",
///           "severity": "error",
///           "message": "…",
///           "pointer": "/controller/address",
///           "location": { "file": "policies/CarmenImmobilier.swift", "line": 12, "column": 5 },
///           "articles": ["GDPR Art. 13(1)(a)"],
///           "notes": ["declared missing: …"],
///           "waiver": { "rule": "GDPR-13-1-a", "reason": "…" }
///         }
///       ]
///     }
///   ],
///   "summary": { "errors": 1, "warnings": 0, "infos": 0, "waived": 0 }
/// }
/// ```
///
/// Keys are sorted; `location` is absent when no source location is known, `waiver` when the finding
/// is not waived. `severity` is `error`, `warning` or `info`. `summary` counts unwaived findings by
/// severity, and waived ones apart. A change that removes or renames a key raises `version`.
public struct LintReport: Sendable {
    public struct Entry: Sendable {
        public var document: PolicyDocument
        public var findings: [Finding]

        public init(document: PolicyDocument, findings: [Finding]) {
            self.document = document
            self.findings = findings
        }
    }

    public var entries: [Entry]
    /// The name and version the report gives for the tool.
    public var toolName = "policyc"
    public var toolVersion = "0.1.0"

    public init(entries: [Entry]) {
        self.entries = entries
    }

    public func formatted(as format: LintFormat, colors: Bool) -> String {
        switch format {
        case .text: TextFormatter(colors: colors).format(self)
        case .json: JSONFormatter().format(self)
        case .sarif: SARIFFormatter().format(self)
        case .github: GitHubFormatter().format(self)
        }
    }

    /// Whether the run fails: an unwaived error, or under `strict` an unwaived warning too.
    public func hasFailures(strict: Bool) -> Bool {
        entries.contains { entry in entry.findings.contains { $0.fails(strict: strict) } }
    }

    /// Counts of unwaived findings by severity, and of waived ones.
    var counts: (errors: Int, warnings: Int, infos: Int, waived: Int) {
        let all = entries.flatMap(\.findings)
        let live = all.filter { $0.waiver == nil }
        return (
            live.filter { $0.severity == .error }.count, live.filter { $0.severity == .warning }.count,
            live.filter { $0.severity == .info }.count, all.count - live.count
        )
    }
}

extension LintReport.Entry {
    func location(of finding: Finding) -> SourceLocation? {
        document.sourceMap.location(of: finding.pointer)
    }
}
