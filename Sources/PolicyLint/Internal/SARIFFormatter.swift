import PolicyModel

/// SARIF 2.1.0: one run, the whole rule catalogue as the driver's rules, one result per finding.
///
/// A result has a physical location when the source map knows one, and always a logical location
/// whose fully qualified name is the JSON pointer. A waiver becomes an in-source suppression with its reason as justification.
struct SARIFFormatter {
    struct Log: Encodable {
        var schema = "https://json.schemastore.org/sarif-2.1.0.json"
        var version = "2.1.0"
        var runs: [Run]

        enum CodingKeys: String, CodingKey {
            case schema = "$schema", version, runs
        }
    }

    struct Run: Encodable {
        var tool: Tool
        var results: [Result]
        var columnKind = "unicodeCodePoints"
    }

    struct Tool: Encodable { var driver: Driver }

    struct Driver: Encodable {
        var name: String
        var version: String
        var rules: [Descriptor]
    }

    struct Text: Encodable { var text: String }

    struct Descriptor: Encodable {
        var id: String
        var name: String
        var shortDescription: Text
        var fullDescription: Text
        var help: Text
        var helpUri: String?
        var defaultConfiguration: Configuration
        var properties: DescriptorProperties
    }

    struct Configuration: Encodable { var level: String }

    struct DescriptorProperties: Encodable {
        var articles: [String]
        var tags: [String]
    }

    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int?
        var level: String
        var message: Text
        var locations: [Location]
        var suppressions: [Suppression]?
        var properties: ResultProperties
    }

    struct ResultProperties: Encodable {
        var policy: String
        var pointer: String
        var notes: [String]
    }

    struct Location: Encodable {
        var physicalLocation: PhysicalLocation?
        var logicalLocations: [LogicalLocation]
    }

    struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
        var region: Region?
    }

    struct ArtifactLocation: Encodable { var uri: String }

    struct Region: Encodable {
        var startLine: Int
        var startColumn: Int
    }

    struct LogicalLocation: Encodable {
        var fullyQualifiedName: String
        var kind = "member"
    }

    struct Suppression: Encodable {
        var kind = "inSource"
        var justification: String
    }

    func format(_ report: LintReport) -> String {
        let rules = RuleRegistry.all
        let index = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($0.element.id, $0.offset) })
        let descriptors = rules.map { rule in
            Descriptor(
                id: rule.id, name: Self.name(of: rule.id), shortDescription: Text(text: rule.summary),
                fullDescription: Text(text: RuleDocumentation.plainExplanation(of: rule)),
                help: Text(text: rule.fixHint), helpUri: rule.helpURI,
                defaultConfiguration: Configuration(level: Self.level(rule.severity)),
                properties: DescriptorProperties(articles: rule.articles, tags: Self.tags(of: rule.id)))
        }
        var results: [Result] = []
        for entry in report.entries {
            for finding in entry.findings {
                let physical = entry.location(of: finding).map { location in
                    PhysicalLocation(
                        artifactLocation: ArtifactLocation(uri: Self.uri(location.file)),
                        region: Region(startLine: max(1, location.line), startColumn: max(1, location.column)))
                } ?? PhysicalLocation(artifactLocation: ArtifactLocation(uri: Self.uri(entry.document.origin)), region: nil)
                let pointer = finding.pointer.description
                results.append(Result(
                    ruleId: finding.ruleID, ruleIndex: index[finding.ruleID], level: Self.level(finding.severity),
                    message: Text(text: finding.message),
                    locations: [Location(
                        physicalLocation: physical,
                        logicalLocations: [LogicalLocation(fullyQualifiedName: pointer.isEmpty ? "/" : pointer)])],
                    suppressions: finding.waiver.map { [Suppression(justification: $0.reason)] },
                    properties: ResultProperties(
                        policy: entry.document.policy.id.rawValue, pointer: pointer, notes: finding.notes)))
            }
        }
        let log = Log(runs: [Run(
            tool: Tool(driver: Driver(name: report.toolName, version: report.toolVersion, rules: descriptors)),
            results: results)])
        return JSONFormatter.encode(log)
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    /// `GDPR-13-1-a` → `Gdpr131a`: SARIF's `name` is an identifier-like label.
    static func name(of id: String) -> String {
        id.split(separator: "-").map { part in part.prefix(1).uppercased() + part.dropFirst().lowercased() }.joined()
    }

    static func tags(of id: String) -> [String] {
        if id.hasPrefix("GDPR-") { return ["gdpr"] }
        if id.hasPrefix("FR-") { return ["french-law"] }
        return ["policyc"]
    }

    /// A relative or absolute path as a URI reference: unreserved characters and `/` kept, the rest
    /// percent-encoded.
    static func uri(_ path: String) -> String {
        var result = ""
        for byte in path.utf8 {
            let scalar = Unicode.Scalar(byte)
            let keep = (byte < 0x80) && (scalar.properties.isAlphabetic || ("0"..."9").contains(Character(scalar))
                || "-._~/".unicodeScalars.contains(scalar))
            if keep {
                result.unicodeScalars.append(scalar)
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                result += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return result
    }
}
