import PolicyCatalogue
import PolicyModel
import Testing

/// ``Law/rights(for:)``, ``Law/thirdCountries(of:)`` and ``Countries/named(_:)`` against the sets and
/// dictionary they stand in for.
@Suite struct LawLookupTests {
    /// Every combination of legal bases, with and without direct marketing, in and out of France,
    /// gives the rights the set of bases gave.
    @Test func rightsFollowTheBasesAsASetDid() {
        let all = LegalBasis.allCases
        for mask in 0..<(1 << all.count) {
            let bases = all.enumerated().filter { mask & (1 << $0.offset) != 0 }.map(\.element)
            for marketing in [false, true] {
                for country: CountryCode in ["FR", "DE"] {
                    let policy = LawTests().policy(bases + bases.prefix(1), country: country, marketing: marketing)
                    let present = Set(bases)
                    let expected = DataSubjectRight.allCases.filter { right in
                        switch right {
                        case .access, .rectification, .erasure, .restriction: true
                        case .portability: present.contains(.consent) || present.contains(.contract)
                        case .objection: present.contains(.legitimateInterests) || present.contains(.publicTask)
                        case .objectionToDirectMarketing: marketing && !bases.isEmpty
                        case .withdrawConsent: present.contains(.consent)
                        case .humanIntervention: false
                        case .postMortemDirectives: country == "FR"
                        }
                    }
                    #expect(Law.rights(for: policy) == expected)
                }
            }
        }
    }

    /// What ``Law/thirdCountries(of:)`` answered with a set: each third country once, sorted.
    static func referenceThirdCountries(of recipient: Recipient) -> [CountryCode] {
        let all = recipient.processingCountries + recipient.subProcessors.flatMap(\.processingCountries)
        return Array(Set(all.filter { Countries.named($0)?.isThirdCountry ?? true })).sorted()
    }

    static func recipient(_ countries: [CountryCode], _ subProcessors: [[CountryCode]]) -> Recipient {
        Recipient(
            id: "r", name: Localized(name: "R"), role: .processor, service: Localized(name: "S"),
            processingCountries: countries,
            subProcessors: subProcessors.enumerated().map { SubProcessor(name: "s\($0.offset)", processingCountries: $0.element) })
    }

    @Test func thirdCountriesAreTheSetSorted() {
        let codes: [CountryCode] = ["US", "FR", "CN", "US", "ZZ", "IN", "DE", "GB", "us", "ÉU", "", "CH", "BR", "AU"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<500 {
            let own = (0..<next(6)).map { _ in codes[next(codes.count)] }
            let subs = (0..<next(4)).map { _ in (0..<next(4)).map { _ in codes[next(codes.count)] } }
            let recipient = Self.recipient(own, subs)
            #expect(Law.thirdCountries(of: recipient) == Self.referenceThirdCountries(of: recipient))
        }
    }

    @Test func everyCatalogueCodeIsTwoCapitals() {
        for country in Countries.all {
            #expect(country.code.alpha2.utf8.count == 2 && country.code.alpha2.utf8.allSatisfy { (0x41...0x5A).contains($0) })
        }
    }

    /// Every two-letter code, and some others, finds the country whose code equals it, its position and whether it counts as a third country, as a scan would.
    @Test func namedFindsTheCountryWithThatCode() {
        let letters = (0x41...0x5A).map { String(UnicodeScalar(UInt8($0))) }
        var codes = letters.flatMap { first in letters.map { CountryCode(first + $0) } }
        codes += ["", "F", "FRA", "fr", "Fr", "É", "\u{212A}R", "1A", "A@", "[A"]
        for code in codes {
            let expected = Countries.all.first { $0.code == code }
            #expect(Countries.named(code) == expected)
            #expect(Countries.isKnown(code) == (expected != nil))
            #expect(Countries.position(of: code) == Countries.all.firstIndex { $0.code == code })
            #expect(Countries.treatedAsThirdCountry(code) == (expected?.isThirdCountry ?? true))
        }
        // "\u{212A}" (Kelvin sign) is canonically equivalent to "K": found as "KR" is.
        #expect(Countries.named("\u{212A}R")?.code == "KR")
    }
}
