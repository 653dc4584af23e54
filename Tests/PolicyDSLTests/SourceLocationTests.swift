import PolicyDSL
import PolicyModel
import Testing

@Suite struct SourceLocationTests {
    static let line = #line + 1
    let declaration = PrivacyPolicy("sample", version: "1", effective: "2024-03-01") {
        DataController("Example SAS", establishedIn: "FR") {
            Email("privacy@example.fr")
        }
        PersonalData("identity", .identity, fr: "Nom", en: "Name")
        ProcessingPurpose("requests", basis: .contract, fr: "Répondre", en: "Answering") {
            Uses("identity")
        }
        RightsRequests(identityCheck: .onReasonableDoubt) {
            Email("privacy@example.fr")
        }
    }

    @Test func everyDeclarationRecordsItsLine() throws {
        let document = try declaration.document(origin: "policies/Sample.swift")
        let map = document.sourceMap
        #expect(map.location(of: .root)?.line == Self.line)
        #expect(map.location(of: "/controller")?.line == Self.line + 1)
        #expect(map.location(of: "/controller/contact/0")?.line == Self.line + 2)
        #expect(map.location(of: "/dataCategories/0")?.line == Self.line + 4)
        #expect(map.location(of: "/purposes/0")?.line == Self.line + 5)
        #expect(map.location(of: "/rights")?.line == Self.line + 8)
    }

    @Test func findingsBelowADeclarationResolveToIt() throws {
        let document = try declaration.document(origin: "policies/Sample.swift")
        // `#column` in a default argument is the column of the call's opening parenthesis.
        let location = document.sourceMap.location(of: "/purposes/0/legitimateInterest")
        #expect(location == SourceLocation(file: "policies/Sample.swift", line: Self.line + 5, column: 26))
    }

    @Test func locationsUseTheOriginPath() throws {
        let document = try declaration.document(origin: "policies/Sample.swift")
        let files = Set(document.sourceMap.locations.values.map(\.file))
        #expect(files == ["policies/Sample.swift"])
        #expect(document.origin == "policies/Sample.swift")
    }
}
