import Policies
import PolicyDSL
import PolicyModel
import Testing

@Suite struct ShippedPoliciesTests {
    @Test func theTwoAgenciesAssemble() throws {
        let ids = try Policies.declarations.map { try $0.document(origin: Policies.origin(of: $0)).policy.id }
        #expect(ids == ["carmen-immobilier", "leggett-immobilier"])
    }

    @Test func originsPointIntoThePoliciesFolder() {
        #expect(Policies.declarations.map(Policies.origin(of:)) == [
            "policies/CarmenImmobilier.swift", "policies/LeggettImmobilier.swift",
        ])
    }

    @Test(arguments: Policies.all)
    func missingFactsPointAtFields(document: PolicyDocument) {
        for fact in document.policy.missing {
            #expect(fact.field.hasPrefix("/"), "\(fact.field)")
            #expect(!fact.note.isEmpty)
        }
    }

    @Test func carmenStatesWhatItsStatementStates() throws {
        let policy = try #require(Policies.all.first { $0.policy.id == "carmen-immobilier" }).policy
        #expect(policy.controller.legalName == "PLUS IMMOBILIER")
        #expect(policy.controller.legalForm == "SARL")
        #expect(policy.effectiveDate == CalendarDate(year: 2018, month: 4, day: 20))
        #expect(policy.rights.responseDelay == .workingDays(15))
        #expect(policy.recipients.map(\.id) == [
            "staff", "google-analytics", "immofacile", "dialog-insight", "facebook", "twitter", "authorities",
        ])
        #expect(policy.recipient("dialog-insight")?.processingCountries == ["DE"])
        #expect(policy.recipient("immofacile")?.processingCountries == ["FR"])
        // Never invented: no registration, no complete address, no DPO.
        #expect(policy.controller.registration == nil)
        #expect(policy.controller.address?.isComplete == false)
        #expect(policy.dpo == nil)
    }

    @Test func leggettStatesWhatItsStatementStates() throws {
        let policy = try #require(Policies.all.first { $0.policy.id == "leggett-immobilier" }).policy
        #expect(policy.dpo?.contact == [.email("cil@leggett.fr")])
        #expect(policy.controller.address == nil)
        #expect(policy.transfers.isEmpty)
        #expect(policy.purpose("requests")?.legalBasis == .legitimateInterests)
        #expect(policy.purpose("account-and-fraud")?.legalBasis == .legalObligation)
        #expect(policy.retention.compactMap(\.legalReference).contains("Loi n° 70-9 du 2 janvier 1970"))
        #expect(policy.dataCategories.contains { $0.special == .politicalOpinions })
    }
}
