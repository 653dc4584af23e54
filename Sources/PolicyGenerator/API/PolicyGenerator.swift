import PolicyModel

/// Generates realistic, valid privacy policies from a seed: agencies' statements in French and English.
///
/// Each policy depends only on the seed, the size and its index, so `policy(index: 42)` is the same
/// whichever policies were generated before it, in any process. Every policy passes
/// `PolicyValidator`; most also lint clean.
///
/// ```swift
/// let generator = PolicyGenerator(seed: 7)
/// let policy = generator.policy(index: 1)   // id "gen-00001"
/// ```
public struct PolicyGenerator: Sendable {
    public let seed: UInt64
    public let size: PolicySize

    public init(seed: UInt64, size: PolicySize = .mixed) {
        self.seed = seed
        self.size = size
    }

    /// The policy number `index`, with id `gen-00001` for index 1.
    public func policy(index: Int) -> Policy {
        var draft = Draft(rng: SplitMix64(seed: Self.stream(seed: seed, index: index)), size: size, index: index)
        return draft.policy()
    }

    /// The identifier of policy `index`: `gen-` and at least five digits.
    public static func identifier(index: Int) -> PolicyID {
        let digits = String(index)
        return PolicyID("gen-" + String(repeating: "0", count: max(0, 5 - digits.count)) + digits)
    }

    /// An independent stream per policy: the index is mixed in, then stirred once.
    static func stream(seed: UInt64, index: Int) -> UInt64 {
        var mixer = SplitMix64(seed: seed ^ (UInt64(bitPattern: Int64(index)) &* 0xD1B5_4A32_D192_ED03))
        return mixer.next()
    }
}
