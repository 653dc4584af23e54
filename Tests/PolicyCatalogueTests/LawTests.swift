import PolicyCatalogue
import PolicyModel
import Testing

@Suite struct LawTests {
    func policy(_ bases: [LegalBasis], country: CountryCode = "FR", marketing: Bool = false) -> Policy {
        Policy(
            id: "p", version: "1", effectiveDate: CalendarDate(year: 2024, month: 1, day: 1)!,
            controller: Controller(legalName: "X", country: country),
            purposes: bases.enumerated().map { i, basis in
                Purpose(
                    id: PurposeID("p\(i)"), description: Localized(fr: "a", en: "b"), dataCategories: [],
                    legalBasis: basis,
                    directMarketing: marketing ? DirectMarketing(channels: [.email], optOut: Localized(fr: "a", en: "b")) : nil)
            },
            rights: RightsExercise(channels: [], identityCheck: .onReasonableDoubt))
    }

    @Test func everyoneHasTheCoreRights() {
        let rights = Law.rights(for: policy([.legalObligation]))
        #expect(rights == [.access, .rectification, .erasure, .restriction, .postMortemDirectives])
    }

    @Test func portabilityFollowsConsentOrContract() {
        #expect(Law.rights(for: policy([.contract])).contains(.portability))
        #expect(Law.rights(for: policy([.consent])).contains(.portability))
        #expect(!Law.rights(for: policy([.legitimateInterests])).contains(.portability))
    }

    @Test func objectionFollowsLegitimateInterestsOrPublicTask() {
        #expect(Law.rights(for: policy([.legitimateInterests])).contains(.objection))
        #expect(Law.rights(for: policy([.publicTask])).contains(.objection))
        #expect(!Law.rights(for: policy([.contract])).contains(.objection))
        #expect(Law.objectionMustBeShownApart(in: policy([.legitimateInterests])))
        #expect(Law.objectionMustBeShownApart(in: policy([.consent], marketing: true)))
        #expect(!Law.objectionMustBeShownApart(in: policy([.contract])))
    }

    @Test func consentCanBeWithdrawn() {
        #expect(Law.rights(for: policy([.consent])).contains(.withdrawConsent))
        #expect(!Law.rights(for: policy([.contract])).contains(.withdrawConsent))
    }

    @Test func directivesAfterDeathAreFrenchLaw() {
        #expect(Law.rights(for: policy([.contract], country: "FR")).contains(.postMortemDirectives))
        #expect(!Law.rights(for: policy([.contract], country: "DE")).contains(.postMortemDirectives))
    }

    @Test func theCNILHearsComplaintsAgainstFrenchControllers() {
        let authority = Law.supervisoryAuthority(for: policy([.contract]))
        #expect(authority?.acronym == "CNIL")
        #expect(authority?.complaintPage.scheme == "https")
        #expect(Law.supervisoryAuthority(for: policy([.contract], country: "DE")) == nil)
    }

    @Test func theResponseDelayDefaultsToOneMonth() {
        #expect(Law.responseDelay(for: policy([.contract])) == .months(1))
    }

    @Test func subProcessorsCountAsThirdCountries() {
        let recipient = Recipient(
            id: "r", name: Localized(name: "R"), role: .processor, service: Localized(fr: "a", en: "b"),
            processingCountries: ["IE", "FR"], subProcessors: [SubProcessor(name: "S", processingCountries: ["US", "IE"])])
        #expect(Law.thirdCountries(of: recipient) == ["US"])
    }
}
