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
        // The statement never says PLUS IMMOBILIER trades as Carmen Immobilier.
        #expect(policy.controller.tradeNames.isEmpty)
        #expect(policy.missing.contains { $0.field == "/controller/tradeNames" })
        // §1.4 names the other real-estate websites, not the data taken from them.
        #expect(policy.sources.first { $0.id == "real-estate-websites" }?.dataCategories == [])
        // §2.4 names the CRM "AC3 – Immofacile".
        #expect(policy.recipient("immofacile")?.name == Localized(name: "AC3 – Immofacile"))
        // The intro: no one is required to provide the data.
        #expect(policy.purpose("legal-obligations")?.requirement == .voluntary)
        // §1.4: the 3 months cover the form messages, the 5 years the CRM; neither covers mailings.
        #expect(!policy.retention.contains { $0.purposes.contains("newsletters") || $0.purposes.contains("requests") })
    }

    @Test func leggettStatesWhatItsStatementStates() throws {
        let policy = try #require(Policies.all.first { $0.policy.id == "leggett-immobilier" }).policy
        #expect(policy.dpo?.contact == [.email("cil@leggett.fr")])
        #expect(policy.controller.address == nil)
        #expect(policy.transfers.isEmpty)
        #expect(policy.purpose("requests")?.legalBasis == .legitimateInterests)
        #expect(policy.purpose("account-and-fraud")?.legalBasis == .legalObligation)
        // The statement cites law no. 70-9 and no other text; it is named in the localized subject.
        #expect(policy.retention.allSatisfy { $0.legalReference == nil })
        #expect(policy.retention.contains { $0.subject[.fr]?.contains("loi n°\u{A0}70-9 du 2 janvier 1970") == true })
        #expect(policy.dataCategories.contains { $0.special == .politicalOpinions })
        // Name and date of birth are listed apart; no purpose is said to use the date of birth.
        #expect(!policy.purposes.contains { $0.dataCategories.contains("birth-date") })
        // No date, no identity check and no transfer details in the statement: declared missing.
        let missing = Set(policy.missing.map(\.field))
        #expect(missing.isSuperset(of: ["/effectiveDate", "/rights/identityCheck", "/transfers"]))
    }
}
