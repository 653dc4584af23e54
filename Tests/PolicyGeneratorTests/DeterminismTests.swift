import PolicyGenerator
import PolicyModel
import Testing

/// The same seed and index give the same bytes, whichever generator and whatever was generated before.
@Suite struct DeterminismTests {
    @Test(arguments: [UInt64(0), 1, 42, 0xDEAD_BEEF, .max])
    func sameSeedGivesIdenticalJSON(seed: UInt64) {
        let first = PolicyGenerator(seed: seed)
        let second = PolicyGenerator(seed: seed)
        _ = second.policy(index: 9)  // Generating another policy first changes nothing.
        for index in 1...5 {
            #expect(PolicyJSON.encode(first.policy(index: index)) == PolicyJSON.encode(second.policy(index: index)),
                    "seed \(seed), index \(index)")
        }
    }

    @Test func differentSeedsGiveDifferentPolicies() {
        let a = PolicyJSON.encode(PolicyGenerator(seed: 1).policy(index: 1))
        let b = PolicyJSON.encode(PolicyGenerator(seed: 2).policy(index: 1))
        #expect(a != b)
    }

    @Test func differentIndicesGiveDifferentPolicies() {
        let generator = PolicyGenerator(seed: 1)
        var controllers: Set<String> = []
        for index in 1...50 { controllers.insert(generator.policy(index: index).controller.websites[0].value) }
        #expect(controllers.count == 50)
    }

    /// A pinned fingerprint: changes only when the generator is changed on purpose.
    @Test func firstPolicyOfSeedZeroIsStable() {
        let policy = PolicyGenerator(seed: 0).policy(index: 1)
        #expect(policy.id == "gen-00001")
        #expect(PolicyJSON.encode(policy).count > 10_000)
    }
}
