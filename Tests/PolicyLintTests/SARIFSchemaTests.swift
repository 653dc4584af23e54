import Foundation
import PolicyLint
import Testing

/// Validates SARIF output against the SARIF 2.1.0 schema with Python's `jsonschema`.
///
/// The schema lives in the `shared/` folder beside the repository; CI has both it and `jsonschema`.
/// Where either is missing the tests are skipped with that reason. A deliberately broken log must
/// fail validation, so the check cannot pass vacuously.
@Suite struct SARIFSchemaTests {
    static let schema = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared/schemas/sarif-schema-2.1.0.json")

    static let available: Bool = FileManager.default.fileExists(atPath: schema.path)
        && (try? python(["-c", "import jsonschema"]).status) == 0

    static let script = """
        import json, sys, jsonschema
        schema = json.load(open(sys.argv[1], encoding="utf-8"))
        log = json.load(open(sys.argv[2], encoding="utf-8"))
        cls = jsonschema.validators.validator_for(schema)
        errors = sorted(cls(schema).iter_errors(log), key=lambda e: list(e.path))
        for error in errors[:5]:
            print("/".join(map(str, error.path)), error.message[:300])
        sys.exit(1 if errors else 0)
        """

    @Test(.enabled(if: available, "needs python3 with jsonschema and ../shared/schemas/sarif-schema-2.1.0.json"))
    func reportValidates() throws {
        let result = try Self.validate(FormatTests.report.formatted(as: .sarif, colors: false))
        #expect(result.status == 0, "\(result.output)")
    }

    @Test(.enabled(if: available, "needs python3 with jsonschema and ../shared/schemas/sarif-schema-2.1.0.json"))
    func emptyReportValidates() throws {
        let result = try Self.validate(LintReport(entries: []).formatted(as: .sarif, colors: false))
        #expect(result.status == 0, "\(result.output)")
    }

    @Test(.enabled(if: available, "needs python3 with jsonschema and ../shared/schemas/sarif-schema-2.1.0.json"))
    func brokenLogFails() throws {
        let broken = FormatTests.report.formatted(as: .sarif, colors: false)
            .replacingOccurrences(of: "\"level\" : \"error\"", with: "\"level\" : \"fatal\"")
        #expect(broken.contains("fatal"))
        #expect(try Self.validate(broken).status != 0)
    }

    static func validate(_ sarif: String) throws -> (status: Int32, output: String) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("policylint-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let log = directory.appendingPathComponent("report.sarif")
        try Data(sarif.utf8).write(to: log)
        return try python(["-c", script, schema.path, log.path])
    }

    static func python(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
