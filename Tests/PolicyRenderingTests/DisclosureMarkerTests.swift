@testable import PolicyRendering
import Testing

@Suite struct DisclosureMarkerTests {
    @Test func directCollectionUsesArticle13Only() {
        #expect(DisclosureMarker.tokens(for: .rights, hasIndirectSources: false) == ["13(2)(b)"])
        #expect(DisclosureMarker.tokens(for: .objection, hasIndirectSources: false) == ["21(4)"])
        #expect(DisclosureMarker.tokens(for: .indirectSources, hasIndirectSources: false) == [])
    }

    @Test func indirectSourcesAddTheTwins() {
        #expect(DisclosureMarker.tokens(for: .legitimateInterests, hasIndirectSources: true) == ["13(1)(d)", "14(2)(b)"])
        #expect(DisclosureMarker.tokens(for: .provisionRequirement, hasIndirectSources: true) == ["13(2)(e)"])
        #expect(DisclosureMarker.tokens(for: .indirectSources, hasIndirectSources: true) == ["14(1)(d)", "14(2)(f)"])
        #expect(DisclosureMarker.tokens(for: .cookies, hasIndirectSources: true) == ["LIL-82"])
    }

    @Test func everyArticle13PointHasASection() {
        let tokens = Set(StatementSection.allCases.flatMap(DisclosureMarker.article13Tokens))
        #expect(Set(DisclosureMarker.article14Twins.keys).isSubset(of: tokens))
        #expect(tokens.isSuperset(of: ["13(2)(e)", "21(4)", "LIL-82", "LIL-85"]))
    }

    /// The constant the HTML writer copies is the tokens joined by spaces, escaped for HTML, for
    /// every section with and without indirect sources.
    @Test func attributeValueIsTheTokensJoined() {
        for section in StatementSection.allCases {
            for hasIndirectSources in [false, true] {
                let tokens = DisclosureMarker.tokens(for: section, hasIndirectSources: hasIndirectSources)
                let joined = tokens.map(\.escapedForHTML).joined(separator: " ")
                let value = DisclosureMarker.attributeValue(for: section, hasIndirectSources: hasIndirectSources)
                #expect(value.description == joined, "\(section) \(hasIndirectSources)")
                #expect(joined == tokens.joined(separator: " "))
            }
        }
    }
}
