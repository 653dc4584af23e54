import Foundation
import PolicyLint
import PolicyModel
import Testing

@Suite struct RenderedPageCheckTests {
    static let required = RenderedPageCheck.requiredMarkers(for: GoodPolicy.policy).map(\.token)

    @Test func requiredMarkersFollowTheModel() {
        #expect(Self.required == [
            "13(1)(a)", "13(1)(b)", "13(1)(c)", "13(1)(d)", "13(1)(e)", "13(1)(f)", "13(2)(a)", "13(2)(b)", "13(2)(c)",
            "13(2)(d)", "13(2)(e)", "13(2)(f)", "21(4)", "LIL-82", "LIL-85",
        ])
        let lean = RenderedPageCheck.requiredMarkers(for: GoodPolicy.with {
            $0.dpo = .notDesignated(because: text("Non requis", "Not required"))
            $0.transfers = []
            $0.cookies = []
        }).map(\.token)
        #expect(!lean.contains("13(1)(b)") && !lean.contains("13(1)(f)") && !lean.contains("LIL-82"))
        let indirect = RenderedPageCheck.requiredMarkers(for: GoodPolicy.with {
            $0.sources.append(DataSource(
                id: "portals", kind: .thirdParty, description: text("Portails", "Portals"), publiclyAccessible: false,
                dataCategories: ["identity"]))
        }).map(\.token)
        #expect(indirect.contains("14(1)(d)") && indirect.contains("14(2)(f)") && indirect.contains("14(2)(g)"))
    }

    @Test func completePageHasNoFinding() {
        let html = """
            <!DOCTYPE html><html><body>
            <section data-gdpr="\(Self.required.prefix(7).joined(separator: " "))"><h2>Qui</h2></section>
            <section data-gdpr='\(Self.required.dropFirst(7).joined(separator: " "))'>Droits</section>
            </body></html>
            """
        #expect(RenderedPageCheck.check(GoodPolicy.policy, html: html, page: "agence-exemple/fr.html").isEmpty)
    }

    @Test func missingMarkerIsAnErrorNamingTheArticle() {
        let html = "<div data-gdpr=\"\(Self.required.filter { $0 != "21(4)" }.joined(separator: " "))\"></div>"
        let findings = RenderedPageCheck.check(GoodPolicy.policy, html: html, page: "agence-exemple/en.html")
        #expect(findings.map(\.ruleID) == ["POLICYC-RENDERED"])
        #expect(findings.first?.severity == .error)
        #expect(findings.first?.message.contains("GDPR Art. 21(4)") == true)
        #expect(findings.first?.message.hasPrefix("agence-exemple/en.html") == true)
    }

    @Test func markersInCommentsScriptsAndTextDoNotCount() {
        let all = Self.required.joined(separator: " ")
        let html = """
            <!-- <p data-gdpr="\(all)"> -->
            <script>var x = '<p data-gdpr="\(all)">';</script>
            <p>data-gdpr="\(all)"</p>
            <p data-gdpr=13(1)(a)>only one</p>
            """
        #expect(RenderedPageCheck.markers(in: html) == ["13(1)(a)"])
    }

    @Test func entityEncodedAndUnquotedValues() {
        #expect(RenderedPageCheck.markers(in: "<p DATA-GDPR=\"13&#40;1&#41;&#x28;a&#x29; LIL-85\">") == ["13(1)(a)", "LIL-85"])
    }

    @Test func readsEachLanguagePageOfARenderedDirectory() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("rendered-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let pages = directory.appendingPathComponent("agence-exemple")
        try FileManager.default.createDirectory(at: pages, withIntermediateDirectories: true)
        try Data("<main data-gdpr=\"\(Self.required.joined(separator: " "))\"></main>".utf8)
            .write(to: pages.appendingPathComponent("fr.html"))
        let findings = RenderedPageCheck.check(GoodPolicy.policy, renderedDirectory: directory.path)
        #expect(findings.map(\.message) == ["the page agence-exemple/en.html is missing or not UTF-8"])
    }
}
