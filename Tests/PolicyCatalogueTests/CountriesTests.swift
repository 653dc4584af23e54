import PolicyCatalogue
import PolicyModel
import Testing

@Suite struct CountriesTests {
    @Test func theEEAHasThirtyMembers() {
        let members = Countries.all.filter(\.inEEA)
        #expect(members.count == 30)
        #expect(members.map(\.code).contains("NO"))
        #expect(!members.map(\.code).contains("CH"))
        #expect(!members.map(\.code).contains("GB"))
    }

    @Test func codesAreUniqueAndWellFormed() {
        let codes = Countries.all.map(\.code)
        #expect(Set(codes).count == codes.count)
        #expect(codes.allSatisfy { $0.isWellFormed })
    }

    @Test func noMemberHasAnAdequacyDecision() {
        #expect(Countries.all.filter { $0.inEEA && $0.adequacy != nil }.isEmpty)
    }

    @Test func adequacyDecisionsCarryTheirScope() throws {
        let us = try #require(Countries.named("US")?.adequacy)
        #expect(us.reference == "(EU) 2023/1795")
        #expect(us.scope == .dpfCertifiedOrganisations)
        #expect(Countries.named("CA")?.adequacy?.scope == .pipedaOrganisations)
        #expect(Countries.named("CN")?.adequacy == nil)
    }

    @Test func theUnitedKingdomDecisionExpires() throws {
        let uk = try #require(Countries.named("GB")?.adequacy)
        #expect(uk.isInForce(on: try #require(CalendarDate(iso: "2026-11-22"))))
        #expect(!uk.isInForce(on: try #require(CalendarDate(iso: "2032-01-01"))))
        #expect(!uk.isInForce(on: try #require(CalendarDate(iso: "2020-01-01"))))
    }

    @Test func unverifiedDecisionsAreMarked() {
        #expect(Countries.named("BR")?.adequacy?.verified == false)
        #expect(Countries.named("JP")?.adequacy?.verified == true)
    }
}
