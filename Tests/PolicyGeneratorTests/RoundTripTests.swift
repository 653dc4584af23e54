import Foundation
import PolicyGenerator
import PolicyModel
import Testing

/// Generated policies survive the interchange format: decode(encode(p)) == p, and encoding is canonical.
@Suite struct RoundTripTests {
    @Test(arguments: UInt64(0)..<40)
    func jsonRoundTrip(seed: UInt64) throws {
        let policy = PolicyGenerator(seed: seed).policy(index: Int(seed) + 1)
        let data = PolicyJSON.encode(policy)
        let (decoded, _) = try PolicyJSON.decode(data, file: "gen.json")
        #expect(decoded == policy, "seed \(seed)")
        #expect(PolicyJSON.encode(decoded) == data, "seed \(seed)")
    }
}
