import PolicyModel

/// One section of the statement: an anchor, a heading, the articles it satisfies and its blocks.
struct OutlineSection: Hashable, Sendable {
    var kind: StatementSection
    var heading: Runs
    var blocks: [Block]

    /// The stable anchor id, the same in every language.
    var id: String { kind.rawValue }
}
