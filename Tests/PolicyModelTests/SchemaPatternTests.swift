import Foundation
import PolicyModel
import Testing

/// Each pattern of the schema accepts what the model's own checks accept.
@Suite struct SchemaPatternTests {
    func accepts(_ text: String, as definition: PolicySchema.Definition) -> Bool {
        PolicySchema.validate(.string(text), as: definition).isEmpty
    }

    @Test(arguments: [
        "a", "a-b", "a1", "sample", "data-privacy-framework", "1a", "A", "Ab", "a/b", "..", "", "-a", "a_b", "a b", "é",
        "aé", "a\n", "\na", String(repeating: "a", count: 64), String(repeating: "a", count: 65),
    ])
    func identifiers(_ text: String) {
        #expect(accepts(text, as: .identifier) == PolicyID.isWellFormed(text))
    }

    @Test(arguments: ["FR", "US", "XX1", "fr", "F", "FRA", "ÉT", "F1", "FR\n", ""])
    func countries(_ text: String) {
        #expect(accepts(text, as: .countryCode) == CountryCode(text).isWellFormed)
    }

    @Test(arguments: ["fr", "en", "gsw", "FR", "f", "fren", "f1", "fr\n", "é"])
    func languages(_ text: String) {
        let decoded = (try? JSONDecoder().decode([Language].self, from: Data("[\"\(text)\"]".utf8))) != nil
        #expect(accepts(text, as: .language) == decoded)
    }

    @Test(arguments: ["2018-04-20", "2024-02-29", "2018-2-3", "20180420", "2018-04-20\n", "٢٠١٨-٠٤-٢٠", "2018-04-2a"])
    func datesTheModelReadsHaveTheShape(_ text: String) {
        if CalendarDate(iso: text) != nil { #expect(accepts(text, as: .calendarDate)) }
        if !accepts(text, as: .calendarDate) { #expect(CalendarDate(iso: text) == nil) }
    }

    @Test func theDayIsTheDecodersToCheck() {
        #expect(accepts("2018-02-30", as: .calendarDate))
        #expect(CalendarDate(iso: "2018-02-30") == nil)
        #expect(!accepts("2018-2-3", as: .calendarDate))
    }

    @Test(arguments: [
        "https://www.cnil.fr/fr/plaintes", "http://example.fr", "mailto:cil@leggett.fr", "tel:+33123456789",
        "HTTPS://EXAMPLE.FR", "Mailto:a@b.fr", "https://x.fr/é", "javascript:alert(1)", "JavaScript:alert(1)",
        "data:text/html,x", "vbscript:x", "/relative", "www.example.fr", "https://", "https:/x", "https://a.fr/\"onmouseover=x",
        "https://a.fr/<script>", "https://a.fr/ x", "https://a.fr/\u{202E}x", "https://a.fr/\u{200B}", "https://a.fr/\u{85}",
        "https://a.fr/\n", "mailto:", "tel:", "ftp://example.fr", "https://a.fr/{x}", "https://a.fr/a|b",
        "https://a.fr/" + String(repeating: "a", count: 2035), "https://a.fr/" + String(repeating: "a", count: 2036),
    ])
    func links(_ text: String) {
        #expect(accepts(text, as: .webAddress) == (WebAddress(text) != nil))
    }

    @Test(arguments: [PolicySchema.identifierPattern, PolicySchema.countryCodePattern, PolicySchema.calendarDatePattern,
        PolicySchema.languagePattern, PolicySchema.webAddressPattern])
    func patternsCompile(_ pattern: String) throws {
        _ = try Regex(pattern)
    }
}
