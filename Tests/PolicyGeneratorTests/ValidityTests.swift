import PolicyCatalogue
import PolicyGenerator
import PolicyModel
import Testing

/// Every generated policy is well formed: the validator finds nothing.
@Suite struct ValidityTests {
    @Test(arguments: [PolicySize.small, .mixed, .large])
    func generatedPoliciesAreValid(size: PolicySize) {
        for seed in UInt64(0)..<200 {
            let policy = PolicyGenerator(seed: seed, size: size).policy(index: Int(seed % 7) + 1)
            let problems = PolicyValidator.problems(in: policy)
            #expect(problems.isEmpty, "seed \(seed): \(problems.prefix(3))")
        }
    }

    @Test func manyIndicesOfOneSeedAreValid() {
        let generator = PolicyGenerator(seed: 2024)
        for index in 1...500 {
            let problems = PolicyValidator.problems(in: generator.policy(index: index))
            #expect(problems.isEmpty, "seed 2024, index \(index): \(problems.prefix(3))")
        }
    }

    @Test func countsStayWithinTheSize() {
        let size = PolicySize.mixed
        for seed in UInt64(0)..<100 {
            let policy = PolicyGenerator(seed: seed, size: size).policy(index: 1)
            #expect(size.dataCategories.contains(policy.dataCategories.count), "seed \(seed)")
            #expect(size.purposes.contains(policy.purposes.count), "seed \(seed)")
            #expect(size.recipients.contains(policy.recipients.count), "seed \(seed)")
            #expect(size.cookies.contains(policy.cookies.count), "seed \(seed)")
        }
    }

    @Test func identifiersAreNumberedByIndex() {
        let generator = PolicyGenerator(seed: 1)
        #expect(generator.policy(index: 1).id == "gen-00001")
        #expect(generator.policy(index: 123_456).id == "gen-123456")
    }
}
