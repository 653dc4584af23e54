import Foundation
import PolicyModel
import Testing

/// `PolicyJSON.decode` checks input against the schema before decoding it.
@Suite struct SchemaDecodeTests {
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

    /// The line and column where `needle` starts in `text`, 1-based.
    func position(of needle: String, in text: String) throws -> (line: Int, column: Int) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let index = try #require(lines.firstIndex { $0.contains(needle) })
        let line = lines[index]
        let column = line.distance(from: line.startIndex, to: try #require(line.range(of: needle)).lowerBound) + 1
        return (index + 1, column)
    }

    /// One past `Int.max` is refused at the number, with its pointer, not as unreadable JSON.
    @Test func anIntegerPastIntIsReportedWhereItIsWritten() throws {
        let text = String(decoding: PolicyJSON.encode(try SchemaFixtures.richPolicy()), as: UTF8.self)
        let mutated = text.replacingOccurrences(of: "\"choiceKeptMonths\" : 6", with: "\"choiceKeptMonths\" : 9223372036854775808")
        let error = try #require(decodeError(mutated))
        let (line, column) = try position(of: "9223372036854775808", in: mutated)
        #expect(error.location == SourceLocation(file: "bad.json", line: line, column: column))
        #expect(error.pointer == "/cookieConsent/choiceKeptMonths")
        #expect(error.message.hasPrefix("9223372036854775808 is out of range"))
        // The largest `Int` is what the decoder still reads: the schema and the decoder agree.
        let largest = text.replacingOccurrences(of: "\"choiceKeptMonths\" : 6", with: "\"choiceKeptMonths\" : 9223372036854775807")
        #expect(try PolicyJSON.decode(Data(largest.utf8), file: "ok.json").0.cookieConsent?.choiceKeptMonths == Int.max)
    }

    @Test func aDateOutsideTheAcceptedYearsSaysWhichAreAccepted() throws {
        let text = String(decoding: PolicyJSON.encode(try SchemaFixtures.richPolicy()), as: UTF8.self)
        let mutated = text.replacingOccurrences(of: "\"effectiveDate\" : \"2024-03-01\"", with: "\"effectiveDate\" : \"3000-01-01\"")
        let error = try #require(decodeError(mutated))
        #expect(error.pointer == "/effectiveDate")
        #expect(error.message == "'3000-01-01' is not a date (YYYY-MM-DD, a day that exists, from 1900-01-01 to 2999-12-31)")
    }

    @Test(arguments: ["", " \n\t", "\u{FEFF}\n"])
    func anEmptyInputSaysSo(text: String) throws {
        let error = try #require(decodeError(text))
        #expect(error.description == "bad.json:1:1: error: the input is empty: a policy is a JSON object")
    }

    /// A declared-missing field may name an element by identifier, as in the DSL; it is read as the index.
    @Test func aNamedMissingFieldIsResolvedToItsIndex() throws {
        var policy = try SchemaFixtures.richPolicy()
        policy.missing = [MissingFact(field: "/recipients/host/processingCountries", note: "n")]
        let (decoded, _) = try PolicyJSON.decode(PolicyJSON.encode(policy), file: "rich.json")
        #expect(decoded.missing.map(\.field) == ["/recipients/0/processingCountries"])
    }

    @Test(arguments: ["/recipients/nobody/processingCountries", "/nonexistent/field", "/purposes/3"])
    func aMissingFieldThatNamesNothingIsAnError(field: String) throws {
        var policy = try SchemaFixtures.richPolicy()
        policy.missing = [MissingFact(field: field, note: "n")]
        let text = String(decoding: PolicyJSON.encode(policy), as: UTF8.self)
        let error = try #require(decodeError(text))
        #expect(error.pointer == "/missing/0/field")
        #expect(error.message.hasPrefix("'\(field)' names no "))
        let (line, column) = try position(of: "\"\(field)\"", in: text)
        #expect(error.location == SourceLocation(file: "bad.json", line: line, column: column))
    }

    @Test func validInputStillDecodes() throws {
        let policy = try SchemaFixtures.richPolicy()
        let (decoded, _) = try PolicyJSON.decode(PolicyJSON.encode(policy), file: "rich.json")
        #expect(decoded == policy)
    }
}
