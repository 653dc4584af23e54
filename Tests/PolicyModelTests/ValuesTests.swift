import Foundation
import PolicyModel
import Testing

@Suite struct ValuesTests {
    @Test func datesMustExist() {
        #expect(CalendarDate(iso: "2018-04-20")?.iso == "2018-04-20")
        #expect(CalendarDate(iso: "2024-02-29") != nil)
        #expect(CalendarDate(iso: "2023-02-29") == nil)
        #expect(CalendarDate(iso: "2018-4-20") == nil)
        #expect(CalendarDate(iso: "2018-13-01") == nil)
        #expect(CalendarDate(iso: "20180420") == nil)
    }

    @Test func datesOrderByDay() throws {
        #expect(try #require(CalendarDate(iso: "2018-04-20")) < (try #require(CalendarDate(iso: "2018-11-01"))))
    }

    @Test(arguments: ["https://www.cnil.fr/fr/plaintes", "http://example.fr", "mailto:cil@leggett.fr", "tel:+33123456789"])
    func acceptedLinks(_ text: String) {
        #expect(WebAddress(text)?.value == text)
    }

    @Test(arguments: [
        "javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,x", "vbscript:x", "/relative", "www.example.fr",
        "https://", "https://a.fr/\"onmouseover=x", "https://a.fr/<script>", "https://a.fr/ x", "https://a.fr/\u{202E}x",
        "mailto:", "ftp://example.fr",
    ])
    func refusedLinks(_ text: String) {
        #expect(WebAddress(text) == nil)
    }

    @Test func identifiersAreSafeAsFileNames() {
        #expect(PurposeID("requests").isWellFormed)
        #expect(PurposeID("a-1").isWellFormed)
        for bad in ["", "../x", "a/b", "A", "1a", "a b", "..", "é"] {
            #expect(!PurposeID(bad).isWellFormed, "\(bad)")
        }
    }

    @Test func localizedHasEveryRequiredLanguage() {
        let text = Localized(fr: "Bonjour", en: "Hello")
        #expect(text.languages == [.en, .fr])
        #expect(text[.fr] == "Bonjour")
        #expect(Localized(name: "Google").texts == [.fr: "Google", .en: "Google"])
    }

    @Test func periodsBoundInDays() {
        #expect(Period.workingDays(15).maximumDays == 21)
        #expect(Period.months(1).maximumDays == 31)
        #expect(Period.days(30).maximumDays == 30)
        #expect(Period.workingDays(16).maximumDays == 28)
    }

    /// A count too large for `Int` saturates instead of trapping: a policy built in Swift with an
    /// absurd amount is compared (and found too long), never crashes the linter.
    @Test func dayCountsSaturate() {
        for unit in [Period.Unit.workingDays, .months, .years] {
            #expect(Period(Int.max, unit).maximumDays == Int.max, "\(unit)")
            #expect(Period(Int.min, unit).maximumDays == Int.min, "\(unit)")
        }
        #expect(Period.years(25_300_000_000_000_000).maximumDays == Int.max)
        #expect(Period.years(Period.maximumAmount).maximumDays == 36_600_000)
    }

    @Test func datesSayTheYearsTheyAccept() {
        #expect(CalendarDate(iso: "2999-12-31") != nil)
        #expect(CalendarDate(iso: "3000-01-01") == nil)
        #expect(CalendarDate.accepted == "YYYY-MM-DD, a day that exists, from 1900-01-01 to 2999-12-31")
    }

    @Test func pointersEscapeTheirTokens() {
        let pointer = JSONPointer(["a/b", "c~d", "0"])
        #expect(pointer.description == "/a~1b/c~0d/0")
        #expect(JSONPointer(parsing: pointer.description) == pointer)
    }
}

@Suite struct DeclaredMissingTests {
    static let policy = Policy(
        id: "p", version: "1", effectiveDate: CalendarDate(year: 2024, month: 1, day: 1)!,
        controller: Controller(legalName: "X", country: "FR"),
        rights: RightsExercise(channels: [], identityCheck: .onReasonableDoubt),
        missing: [
            MissingFact(field: "/controller/address", note: "a"), MissingFact(field: "/cookies/*/lifetime", note: "b"),
        ])

    @Test func coversTheFieldAndWhatLiesBelowIt() {
        #expect(Self.policy.declaredMissingFact(covering: "/controller/address")?.note == "a")
        #expect(Self.policy.declaredMissingFact(covering: "/controller/address/postalCode")?.note == "a")
        #expect(Self.policy.declaredMissingFact(covering: "/controller") == nil)
        #expect(Self.policy.declaredMissingFact(covering: "/controller/addressee") == nil)
    }

    @Test func aStarMatchesAnyOneToken() {
        #expect(Self.policy.declaredMissingFact(covering: "/cookies/3/lifetime")?.note == "b")
        #expect(Self.policy.declaredMissingFact(covering: "/cookies/3/name") == nil)
        #expect(Self.policy.declaredMissingFact(covering: "/cookies") == nil)
    }
}
