/// A policy with where it came from: the DSL file or JSON file each part was written in.
public struct PolicyDocument: Sendable {
    public var policy: Policy
    public var sourceMap: SourceMap
    /// The file that declares the policy, for messages: `policies/CarmenImmobilier.swift`, `carmen.json`, `-`.
    public var origin: String

    public init(policy: Policy, sourceMap: SourceMap = SourceMap(), origin: String) {
        self.policy = policy
        self.sourceMap = sourceMap
        self.origin = origin
    }
}
