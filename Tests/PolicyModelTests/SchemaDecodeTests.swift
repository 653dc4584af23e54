import Foundation
import PolicyModel
import Testing

/// `PolicyJSON.decode` checks input against the schema before decoding it.
@Suite struct SchemaDecodeTests {
    func decodeError(_ text: String) -> InputError? {
        do {
            _ = try PolicyJSON.decode(Data(text.utf8), file: "bad.json")
            return nil
        } catch {
            return error
        }
    }

    @Test func unknownFieldIsReportedWithItsLineAndColumn() throws {
        let text = String(decoding: PolicyJSON.encode(try SchemaFixtures.richPolicy()), as: UTF8.self)
        let anchor = "\"legalName\" : \"Exemple\","
        let inserted = "\"colour\" : \"red\","
        let mutated = text.replacingOccurrences(of: anchor, with: "\(anchor)\n    \(inserted)")
        let lines = mutated.split(separator: "\n", omittingEmptySubsequences: false)
        let line = try #require(lines.firstIndex { $0.contains(inserted) }) + 1
        let column = "    \"colour\" : ".count + 1

        let error = try #require(decodeError(mutated))
        #expect(error.message.hasPrefix("unknown field 'colour'"))
        #expect(error.pointer == "/controller/colour")
        #expect(error.location == SourceLocation(file: "bad.json", line: line, column: column))
        #expect(error.description.hasPrefix("bad.json:\(line):\(column): error: unknown field 'colour'"))
        #expect(error.description.hasSuffix("(at /controller/colour)"))
    }

    @Test func missingFieldIsReportedWhereItsObjectStarts() throws {
        let text = "{\n  \"id\": \"p\",\n  \"controller\": {\n    \"country\": \"FR\"\n  }\n}"
        let error = try #require(decodeError(text))
        // The first problem in document order: the root's missing members, reported at the root.
        #expect(error.message == "missing required field 'languages'")
        #expect(error.location == SourceLocation(file: "bad.json", line: 1, column: 1))
    }

    @Test func theFirstProblemIsThrown() throws {
        var text = String(decoding: PolicyJSON.encode(try SchemaFixtures.richPolicy()), as: UTF8.self)
        text = text.replacingOccurrences(of: "\"legalBasis\" : \"consent\"", with: "\"legalBasis\" : \"cosent\"")
        text = text.replacingOccurrences(of: "\"version\" : \"2\"", with: "\"version\" : 2")
        let error = try #require(decodeError(text))
        #expect(error.pointer == "/purposes/0/legalBasis")
        #expect(error.message.hasPrefix("unknown value 'cosent'; expected one of consent, contract"))
    }

    @Test func validInputStillDecodes() throws {
        let policy = try SchemaFixtures.richPolicy()
        let (decoded, _) = try PolicyJSON.decode(PolicyJSON.encode(policy), file: "rich.json")
        #expect(decoded == policy)
    }
}
