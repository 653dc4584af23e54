import Foundation
import PolicyModel
import Testing

@Suite struct ExportTests {
    @Test(arguments: ["carmen-immobilier", "leggett-immobilier"])
    func exportImportExportIsByteIdentical(id: String) {
        let first = CLI.run("export", id)
        #expect(first.code == .success)
        let second = CLI.run("export", "--file", "-", stdin: first.output)
        #expect(second.code == .success, "\(second.errors)")
        #expect(second.output == first.output)
    }

    @Test func exportReadsAFile() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let json = CLI.run("export", "leggett-immobilier").output
        try json.write(to: folder.appendingPathComponent("p.json"), atomically: true, encoding: .utf8)
        let result = CLI.run("export", "--file", "p.json", in: folder)
        #expect(result.code == .success)
        #expect(result.output == json)
    }

    @Test func malformedJSONNamesTheLine() {
        let result = CLI.run("export", "--file", "-", stdin: "{\n  \"id\": \"x\",\n}")
        #expect(result.code == .badInput)
        #expect(result.errors.hasPrefix("<stdin>:3:1: error: trailing comma before '}'"))
        #expect(result.output.isEmpty)
    }

    @Test func anInvalidReferenceNamesTheFieldAndLine() throws {
        var json = CLI.run("export", "carmen-immobilier").output
        json = json.replacingOccurrences(of: "\"recipient\" : \"google-analytics\"", with: "\"recipient\" : \"nobody\"")
        json = json.replacingOccurrences(of: "\"country\" : \"FR\"", with: "\"country\" : \"ZZ\"")
        let result = CLI.run("export", "--file", "-", stdin: json)
        #expect(result.code == .badInput)
        #expect(result.errors.contains("error: unknown country code 'ZZ' (at /controller/country)"))
        #expect(result.errors.hasPrefix("<stdin>:"))
    }

    @Test func aFileThatCannotBeReadIsBadInput() {
        let result = CLI.run("export", "--file", "no/such/file.json")
        #expect(result.code == .badInput)
        #expect(result.errors.contains("no/such/file.json"))
    }
}

@Suite struct ExportSchemaTests {
    @Test(arguments: ["carmen-immobilier", "leggett-immobilier"])
    func everyExportValidatesAgainstThePublishedSchema(id: String) throws {
        let json = CLI.run("export", id).output
        var parser = StrictJSONParser(bytes: Array(json.utf8), file: "\(id).json")
        let (value, map) = try parser.parse()
        #expect(PolicySchema.validate(value, map: map).map(\.description) == [])
    }
}

@Suite struct BlankTextTests {
    @Test(arguments: ["\\u0000", "\\u202e\\u2066", "  \\n\\t ", " \\u0301\\u0308 "])
    func aTextOfControlsOrSpacesIsEmpty(text: String) {
        let json = CLI.run("export", "carmen-immobilier").output
            .replacingOccurrences(of: "\"legalName\" : \"PLUS IMMOBILIER\"", with: "\"legalName\" : \"\(text)\"")
        let result = CLI.run("export", "--file", "-", stdin: json)
        #expect(result.code == .badInput)
        #expect(result.errors.contains("the controller's legal name is empty (at /controller/legalName)"))
    }
}
