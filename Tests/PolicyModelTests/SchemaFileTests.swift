import Foundation
import PolicyModel
import Testing

/// `schema/policy.schema.json` is the Swift definition's text, and only uses keywords the validator knows.
@Suite struct SchemaFileTests {
    static let publishedFile = URL(filePath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "schema/policy.schema.json")

    /// Set `POLICYC_UPDATE_SCHEMA=1` to write the file instead of failing.
    @Test func publishedFileIsUpToDate() throws {
        let expected = PolicySchema.document.text
        if ProcessInfo.processInfo.environment["POLICYC_UPDATE_SCHEMA"] == "1" {
            try FileManager.default.createDirectory(
                at: Self.publishedFile.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(expected.utf8).write(to: Self.publishedFile)
        }
        let published = try? String(contentsOf: Self.publishedFile, encoding: .utf8)
        #expect(
            published == expected,
            """
            schema/policy.schema.json differs from PolicySchema.document; regenerate it with:
              POLICYC_UPDATE_SCHEMA=1 swift test --filter SchemaFileTests
            """)
    }

    @Test func textIsCanonical() throws {
        let text = PolicySchema.document.text
        #expect(text == PolicySchema.document.text)
        #expect(text.hasSuffix("}\n"))
        #expect(text.hasPrefix("{\n  \"$defs\" : {\n    \"AutomatedDecision\" : {"))
        let root = try SchemaFixtures.json(text)
        #expect(root["$schema"] == .string("https://json-schema.org/draft/2020-12/schema"))
        #expect(root["$ref"] == .string("#/$defs/Policy"))
        #expect(root["$defs"]?["Localized"]?["required"] == .array([.string("fr"), .string("en")]))
        #expect(root["$defs"]?["Purpose"]?["properties"]?["legalBasis"]?["enum"]
            == .array(LegalBasis.allCases.map { .string($0.rawValue) }))
    }

    /// Every keyword in the file is one the validator implements, and every `$ref` resolves.
    @Test func fileUsesOnlySupportedKeywordsAndItsReferencesResolve() throws {
        let root = try SchemaFixtures.json(PolicySchema.document.text)
        guard case .object(let definitions)? = root["$defs"] else { throw FixtureError("no $defs") }
        let names = Set(definitions.map(\.key))
        #expect(names == Set(PolicySchema.Definition.allCases.map(\.rawValue)))
        let supported: Set<String> = [
            "$schema", "$defs", "$ref", "title", "description", "type", "properties", "patternProperties", "required",
            "additionalProperties", "items", "enum", "pattern", "maxLength", "minimum", "maximum", "anyOf",
        ]
        var keywords: Set<String> = []
        var references: [String] = []
        func schema(_ value: JSONValue) {
            guard case .object(let members) = value else { return }
            for member in members {
                keywords.insert(member.key)
                switch member.key {
                case "$defs", "properties", "patternProperties":
                    if case .object(let named) = member.value { named.forEach { schema($0.value) } }
                case "items": schema(member.value)
                case "anyOf": if case .array(let alternatives) = member.value { alternatives.forEach(schema) }
                case "$ref": if case .string(let target) = member.value { references.append(target) }
                case "additionalProperties": #expect(member.value == .bool(false))
                default: break
                }
            }
        }
        schema(root)
        #expect(keywords == supported)
        #expect(references.count > 50)
        for reference in references {
            #expect(reference.hasPrefix("#/$defs/") && names.contains(String(reference.dropFirst(8))), "\(reference)")
        }
    }
}
