import Foundation
import PolicyGenerator
import PolicyModel
import Testing

/// `PolicyJSON.encode` (the canonical encoder) writes exactly what Foundation's `JSONEncoder` writes with the
/// canonical options, on generated policies of every size.
@Suite struct CanonicalEncodingTests {
    static func foundation(_ policy: Policy) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return try encoder.encode(policy) + [0x0A]
    }

    @Test(arguments: [PolicySize.small, .mixed, .large])
    func generatedPoliciesMatchFoundation(size: PolicySize) throws {
        let generator = PolicyGenerator(seed: 7, size: size)
        for index in 1...25 {
            let policy = generator.policy(index: index)
            #expect(PolicyJSON.encode(policy) == (try Self.foundation(policy)), "\(size) policy \(index)")
        }
    }
}
