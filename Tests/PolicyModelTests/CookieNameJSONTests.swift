import Foundation
import PolicyModel
import Testing

/// A tracker's name in JSON: a string (the same in every language) or a text per language, read and
/// written like a recipient's name, except that a name the same in every language is written as the
/// string it always was.
@Suite struct CookieNameJSONTests {
    static let localizedName = "{\n        \"en\" : \"Advertising cookies\",\n        \"fr\" : \"Cookies publicitaires\"\n      }"

    /// The rich policy's JSON, its tracker's name (`"_ga"`) replaced by `name`, as JSON text.
    func richText(name: String) throws -> String {
        let text = String(decoding: PolicyJSON.encode(try SchemaFixtures.richPolicy()), as: UTF8.self)
        #expect(text.contains("\"name\" : \"_ga\""))
        return text.replacingOccurrences(of: "\"name\" : \"_ga\"", with: "\"name\" : \(name)")
    }

    /// The line and column where `needle` starts in `text`, 1-based.
    func location(of needle: String, in text: String) throws -> PolicyModel.SourceLocation {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let index = try #require(lines.firstIndex { $0.contains(needle) })
        let line = lines[index]
        let column = line.distance(from: line.startIndex, to: try #require(line.range(of: needle)).lowerBound) + 1
        return PolicyModel.SourceLocation(file: "bad.json", line: index + 1, column: column)
    }

    @Test func aStringIsTheSameNameInEveryLanguage() throws {
        let (policy, _) = try PolicyJSON.decode(Data(try richText(name: "\"IDE\"").utf8), file: "ok.json")
        #expect(policy.cookies[0].name == Localized(name: "IDE"))
        #expect(policy.cookies[0].name[.fr] == "IDE" && policy.cookies[0].name[.en] == "IDE")
    }

    @Test func anObjectIsANamePerLanguage() throws {
        let text = try richText(name: Self.localizedName)
        let (policy, _) = try PolicyJSON.decode(Data(text.utf8), file: "ok.json")
        #expect(policy.cookies[0].name == Localized(fr: "Cookies publicitaires", en: "Advertising cookies"))
        // Written back as it was read.
        #expect(String(decoding: PolicyJSON.encode(policy), as: UTF8.self) == text)
    }

    /// A name the same in every language is exported as the string it was before names were localized.
    @Test func aNameTheSameInEveryLanguageIsWrittenAsAString() throws {
        var policy = try SchemaFixtures.richPolicy()
        policy.cookies[0].name = Localized(fr: "_ga", en: "_ga")
        let text = String(decoding: PolicyJSON.encode(policy), as: UTF8.self)
        #expect(text.contains("\"name\" : \"_ga\","))
        #expect(Data(text.utf8) == PolicyJSON.encode(try SchemaFixtures.richPolicy()))
        #expect(try PolicyJSON.decode(Data(text.utf8), file: "ok.json").0 == policy)
    }

    /// Only the required languages with one text make a string: a third language, or different
    /// texts, keep the object, so that reading it back gives the same name.
    @Test(arguments: [
        Localized([.fr: "_ga", .en: "_ga", Language("de"): "_ga"]), Localized(fr: "_ga", en: "_GA"), Localized([.fr: "_ga"]),
    ])
    func otherNamesAreWrittenAsObjects(name: Localized) throws {
        #expect(name.sameInEveryLanguage == nil)
        var policy = try SchemaFixtures.richPolicy()
        policy.cookies[0].name = name
        let data = PolicyJSON.encode(policy)
        #expect(!String(decoding: data, as: UTF8.self).contains("\"name\" : \"_ga\""))
        #expect(try JSONDecoder().decode(Policy.self, from: data).cookies[0].name == name)
    }

    @Test func aNumberIsRefusedWhereItIsWritten() throws {
        let text = try richText(name: "42")
        let error = try #require(decodeError(text))
        #expect(error.message == "expected a string or an object, found a number")
        #expect(error.pointer == "/cookies/0/name")
        var expected = try location(of: "\"name\" : 42", in: text)
        expected.column += "\"name\" : ".count
        #expect(error.location == expected)
    }

    /// A name missing a language is refused as a recipient's is: where its object starts, naming the language.
    @Test func anObjectMissingALanguageIsRefusedAsARecipientsNameIs() throws {
        let text = try richText(name: "{ \"fr\" : \"Cookies publicitaires\" }")
        let error = try #require(decodeError(text))
        #expect(error.message == "missing required field 'en'")
        #expect(error.pointer == "/cookies/0/name/en")
        #expect(error.location == (try location(of: "{ \"fr\"", in: text)))

        let recipient = String(decoding: PolicyJSON.encode(try SchemaFixtures.richPolicy()), as: UTF8.self)
            .replacingOccurrences(of: "\"id\" : \"host\",\n      \"name\" : {\n        \"en\" : \"Text\",\n", with: "\"id\" : \"host\",\n      \"name\" : {\n")
        let recipientError = try #require(decodeError(recipient))
        #expect(recipientError.pointer == "/recipients/0/name/en")
        #expect(recipientError.message == error.message)
    }

    @Test func anObjectWithAnUnknownLanguageKeyOrAWrongTextIsRefusedInside() throws {
        let unknown = try #require(decodeError(try richText(name: "{ \"fr\" : \"a\", \"en\" : \"b\", \"EN\" : \"c\" }")))
        #expect(unknown.pointer == "/cookies/0/name/EN")
        #expect(unknown.message == "unknown field 'EN'; field names must match ^[a-z]{2,3}$")
        let number = try #require(decodeError(try richText(name: "{ \"fr\" : \"a\", \"en\" : 1 }")))
        #expect(number.pointer == "/cookies/0/name/en")
        #expect(number.message == "expected a string, found a number")
    }

    @Test(arguments: ["null", "true", "[\"_ga\"]"])
    func otherTypesAreRefused(json: String) throws {
        let error = try #require(decodeError(try richText(name: json)))
        #expect(error.pointer == "/cookies/0/name")
        #expect(error.message.hasPrefix("expected a string or an object, found "))
    }
}
