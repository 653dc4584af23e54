import Foundation
import PolicyModel
import Testing

/// A rich policy with one thing wrong: the schema names the problem and where it is.
@Suite struct SchemaMutationTests {
    let policy: JSONValue

    init() throws {
        policy = try SchemaFixtures.parsed(try SchemaFixtures.richPolicy()).0
    }

    func errors(_ value: JSONValue) -> [(pointer: String, message: String)] {
        PolicySchema.validate(value, map: SourceMap()).map { ($0.pointer?.description ?? "", $0.message) }
    }

    func replacing(_ pointer: JSONPointer, with json: String) throws -> [(pointer: String, message: String)] {
        errors(try policy.replacing(pointer, with: try SchemaFixtures.json(json)))
    }

    @Test func unknownField() throws {
        let found = errors(try policy.adding("colour", .string("red"), at: "/controller"))
        #expect(found.map(\.pointer) == ["/controller/colour"])
        #expect(found.first?.message.hasPrefix("unknown field 'colour'; expected one of legalName, tradeNames") == true)
    }

    @Test func unknownFieldCloseToAKnownOneIsNamed() throws {
        let found = errors(try policy.adding("legalname", .string("X"), at: "/controller"))
        #expect(found.first?.message == "unknown field 'legalname'; did you mean 'legalName'?")
        let nested = errors(try policy.adding("lifetim", .string("X"), at: "/cookies/0"))
        #expect(nested.map(\.pointer) == ["/cookies/0/lifetim"])
        #expect(nested.first?.message == "unknown field 'lifetim'; did you mean 'lifetime'?")
    }

    @Test func unknownLanguageKeyInAText() throws {
        let found = errors(try policy.adding("EN", .string("X"), at: "/purposes/0/description"))
        #expect(found.map(\.pointer) == ["/purposes/0/description/EN"])
        #expect(found.first?.message == "unknown field 'EN'; field names must match ^[a-z]{2,3}$")
    }

    @Test func wrongType() throws {
        #expect(try replacing("/controller/legalName", with: "1").first?.message == "expected a string, found a number")
        #expect(try replacing("/directedAtChildren", with: "\"yes\"").first?.message == "expected true or false, found a string")
        #expect(try replacing("/purposes", with: "{}").first?.message == "expected an array, found an object")
        #expect(try replacing("/cookies/0/lifetime/amount", with: "\"13\"").map(\.pointer) == ["/cookies/0/lifetime/amount"])
    }

    @Test func nullIsNotAnOmittedOptionalField() throws {
        #expect(try replacing("/dpo", with: "null").map(\.message) == ["expected an object, found null"])
    }

    /// An integer `Int` cannot hold is refused where it is written, not as unreadable JSON.
    @Test func integersOutsideIntAreOutOfRange() throws {
        #expect(try replacing("/cookieConsent/choiceKeptMonths", with: "9223372036854775807").isEmpty)
        let found = try replacing("/cookieConsent/choiceKeptMonths", with: "9223372036854775808")
        #expect(found.map(\.pointer) == ["/cookieConsent/choiceKeptMonths"])
        #expect(found.map(\.message) == [
            "9223372036854775808 is out of range: expected an integer from -9223372036854775808 to 9223372036854775807"
        ])
        #expect(try replacing("/cookieConsent/choiceKeptMonths", with: "-9223372036854775809").count == 1)
        #expect(try replacing("/cookieConsent/choiceKeptMonths", with: "1e19").count == 1)
    }

    /// A period counts from 1 to ``Period/maximumAmount`` of its unit.
    @Test func periodAmountsAreBounded() throws {
        #expect(try replacing("/cookies/0/lifetime/amount", with: "100000").isEmpty)
        #expect(try replacing("/cookies/0/lifetime/amount", with: "100001").map(\.message) == [
            "100001 is out of range: expected an integer from 1 to 100000"
        ])
        #expect(try replacing("/rights/responseDelay/amount", with: "0").map(\.pointer) == ["/rights/responseDelay/amount"])
        #expect(try replacing("/retention/0/period/amount", with: "9223372036854775807").count == 1)
    }

    @Test func integersHaveNoFraction() throws {
        #expect(try replacing("/cookieConsent/choiceKeptMonths", with: "1.5").map(\.message) == ["expected an integer, found a number"])
        #expect(try replacing("/cookieConsent/choiceKeptMonths", with: "13.0").isEmpty)
        #expect(try replacing("/cookieConsent/choiceKeptMonths", with: "2e1").isEmpty)
    }

    @Test func unknownEnumValueListsTheModelCases() throws {
        let found = try replacing("/purposes/0/legalBasis", with: "\"cosent\"")
        #expect(found.map(\.pointer) == ["/purposes/0/legalBasis"])
        let cases = LegalBasis.allCases.map(\.rawValue).joined(separator: ", ")
        #expect(found.first?.message == "unknown value 'cosent'; expected one of \(cases)")
    }

    @Test func missingRequiredField() throws {
        let found = errors(try policy.replacing("/purposes/0/legalBasis", with: nil))
        #expect(found.map(\.pointer) == ["/purposes/0/legalBasis"])
        #expect(found.first?.message == "missing required field 'legalBasis'")
    }

    @Test func missingLanguageOfAText() throws {
        let found = errors(try policy.replacing("/purposes/0/description/fr", with: nil))
        #expect(found.map(\.pointer) == ["/purposes/0/description/fr"])
        #expect(found.first?.message == "missing required field 'fr'")
    }

    @Test(arguments: ["a/b", "..", "A", "1a", "", "a b", "é"])
    func badIdentifier(_ id: String) throws {
        let found = errors(try policy.replacing("/purposes/0/id", with: .string(id)))
        #expect(found.map(\.pointer) == ["/purposes/0/id"])
        #expect(found.first?.message.hasPrefix("'\(id)' does not match ^[a-z][a-z0-9-]{0,63}$") == true)
        #expect(errors(try policy.replacing("/recipients/0/purposes/0", with: .string(id))).map(\.pointer)
            == ["/recipients/0/purposes/0"])
    }

    @Test func badCountry() throws {
        #expect(try replacing("/controller/country", with: "\"XX1\"").map(\.pointer) == ["/controller/country"])
        #expect(try replacing("/recipients/0/processingCountries/0", with: "\"fr\"").map(\.pointer)
            == ["/recipients/0/processingCountries/0"])
    }

    @Test func badDateShape() throws {
        let found = try replacing("/effectiveDate", with: "\"2018-2-3\"")
        #expect(found.map(\.pointer) == ["/effectiveDate"])
        #expect(found.first?.message.hasPrefix("'2018-2-3' does not match") == true)
    }

    @Test func aDayThatDoesNotExistIsLeftToTheDecoder() throws {
        let mutated = try policy.replacing("/effectiveDate", with: .string("2018-02-30"))
        #expect(errors(mutated).isEmpty)
        #expect {
            _ = try PolicyJSON.decode(Data(mutated.text.utf8), file: "p.json")
        } throws: { error in
            (error as? InputError)?.pointer == "/effectiveDate"
        }
    }

    @Test(arguments: ["javascript:alert(1)", "data:text/html,x", "www.example.fr", "https://a.fr/<script>"])
    func unsafeLinkIsRefused(_ link: String) throws {
        #expect(errors(try policy.replacing("/controller/websites/0", with: .string(link))).map(\.pointer)
            == ["/controller/websites/0"])
        #expect(errors(try policy.replacing("/recipients/0/privacyNotice", with: .string(link))).map(\.pointer)
            == ["/recipients/0/privacyNotice"])
    }

    @Test func tooLongALinkIsRefused() throws {
        let link = "https://example.fr/" + String(repeating: "a", count: PolicySchema.webAddressMaximumLength)
        let found = errors(try policy.replacing("/controller/websites/0", with: .string(link)))
        #expect(found.first?.message.hasSuffix("at most \(PolicySchema.webAddressMaximumLength) are accepted") == true)
    }

    @Test func everyProblemIsReportedInDocumentOrder() throws {
        var value = try policy.replacing("/version", with: .number("2"))
        value = try value.replacing("/controller/country", with: .string("France"))
        value = try value.adding("extra", .bool(true), at: "/cookies/0")
        value = try value.replacing("/controller/legalName", with: nil)
        // Members as the encoder wrote them: sorted, so `controller` comes before `cookies` and `version`.
        #expect(errors(value).map(\.pointer)
            == ["/controller/legalName", "/controller/country", "/cookies/0/extra", "/version"])
    }
}
