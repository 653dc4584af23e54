import PolicyCatalogue
import PolicyDSL
import PolicyModel
import Testing

/// A declared-missing field that names nothing is refused, as the JSON reader refuses it: it would
/// never match a finding, so the declaration would silently do nothing.
@Suite struct MissingFieldTests {
    static func declaration(missing field: String, line: UInt = #line) -> PrivacyPolicy {
        PrivacyPolicy("sample", version: "1", effective: "2024-01-01") {
            DataController("Example", establishedIn: "FR") { Email("contact@example.fr") }
            PersonalData("identity", .identity, fr: "Nom", en: "Name")
            ProcessingPurpose("requests", basis: .contract, fr: "Répondre", en: "Answering") { Uses("identity") }
            Processor(Processors.googleAnalytics) { Receives(purposes: ["requests"], data: ["identity"]) }
            RightsRequests(identityCheck: .onReasonableDoubt) { Email("dpo@example.fr") }
            Missing(field, note: "not stated", line: line)
        }
    }

    @Test func aNamedElementBecomesItsIndex() throws {
        let policy = try Self.declaration(missing: "/purposes/requests/retention").document(origin: "x").policy
        #expect(policy.missing.map(\.field) == ["/purposes/0/retention"])
    }

    @Test(arguments: [
        ("/recipients/facebook/processingCountries", "no element of 'recipients' has the identifier 'facebook'"),
        ("/recipients/1/processingCountries", "'recipients' has 1, numbered from 0"),
        ("/cookies/lifetime", "the elements of 'cookies' are named by index"),
        ("/nonexistent/field", "'nonexistent' is not one of its members"),
        ("/controler/address", "did you mean 'controller'?"),
    ])
    func aFieldThatNamesNothingIsAnErrorAtItsDeclaration(field: String, message: String) {
        let line: UInt = #line
        #expect {
            _ = try Self.declaration(missing: field, line: line).document(origin: "policies/Sample.swift")
        } throws: { error in
            let errors = (error as? DeclarationErrors)?.errors ?? []
            return errors.count == 1 && errors[0].message.hasPrefix("'\(field)' names no") && errors[0].message.contains(message)
                && errors[0].pointer == "/missing/0/field" && errors[0].location?.line == Int(line)
        }
    }

    @Test(arguments: ["/recipients/*/processingCountries", "/recipients/0", "/dpo", "/cookies/*/lifetime", "/controller/registration"])
    func aFieldThatMayNameSomethingIsKept(field: String) throws {
        let policy = try Self.declaration(missing: field).document(origin: "x").policy
        #expect(policy.missing.map(\.field) == [field])
    }
}
