import PolicyCatalogue
import PolicyModel
import Testing

@Suite struct ProcessorsTests {
    @Test func keysAreUniqueIdentifiers() {
        let keys = Processors.all.map(\.key)
        #expect(Set(keys).count == keys.count)
        let wellFormed = keys.allSatisfy { RecipientID($0).isWellFormed }
        #expect(wellFormed)
    }

    @Test func googleAnalyticsIsContractedWithGoogleIrelandWithAUSSubProcessor() {
        let entry = Processors.googleAnalytics
        #expect(entry.legalEntity == "Google Ireland Limited")
        #expect(entry.role == .processor)
        // The reference notes give no location for Google Ireland Limited itself, nor a notice address.
        #expect(entry.processingCountries.isEmpty)
        #expect(entry.privacyNotice == nil)
        #expect(entry.subProcessors == [SubProcessor(name: "Google LLC", processingCountries: ["US"])])
    }

    @Test func dialogInsightsServiceClaimsNoCustomersPractice() {
        let service = Processors.dialogInsight.service
        #expect(service[.en] == "Data-marketing platform")
        #expect(service[.fr]?.contains("parcours") == false)
    }

    @Test func everyCountryIsKnown() {
        for entry in Processors.all {
            for code in entry.processingCountries + entry.subProcessors.flatMap(\.processingCountries) {
                #expect(Countries.isKnown(code), "\(entry.key): \(code)")
            }
        }
    }

    @Test func entriesHaveBothLanguages() {
        for entry in Processors.all {
            #expect(entry.service[.fr]?.isEmpty == false)
            #expect(entry.service[.en]?.isEmpty == false)
        }
    }
}
