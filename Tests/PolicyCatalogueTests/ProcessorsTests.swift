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

    @Test func googleAnalyticsIsContractedInIrelandWithAUSSubProcessor() {
        let entry = Processors.googleAnalytics
        #expect(entry.legalEntity == "Google Ireland Limited")
        #expect(entry.role == .processor)
        #expect(entry.processingCountries == ["IE"])
        #expect(entry.subProcessors == [SubProcessor(name: "Google LLC", processingCountries: ["US"])])
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
