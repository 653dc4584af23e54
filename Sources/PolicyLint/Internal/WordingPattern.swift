import Foundation

/// A wording pattern, compiled when the rule's `static let` is first read and kept for the process.
///
/// Rules write their patterns as string literals; holding the compiled form spares a cache lookup
/// (hashing a long, partly non-ASCII pattern) for every text a rule reads.
struct WordingPattern: ExpressibleByStringLiteral, Sendable {
    /// The pattern as written (ICU syntax, matched ignoring case).
    let source: String
    /// The compiled pattern; `nil` when it does not compile (the rule tests would show it).
    let compiled: PatternCache.Entry?

    init(stringLiteral source: String) {
        self.source = source
        compiled = PatternCache.shared.entry(source)
    }
}
