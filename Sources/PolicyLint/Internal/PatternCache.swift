import Foundation

/// Compiled wording patterns, shared by every rule and every policy linted in the process.
///
/// `NSRegularExpression` is immutable and safe to use from several threads; the lock guards only the
/// dictionary.
final class PatternCache: @unchecked Sendable {
    static let shared = PatternCache()

    /// A pattern compiled once: the case-insensitive regex, and the literal filter that spares it
    /// the texts it cannot match (`nil` when the pattern has no literal every match needs).
    ///
    /// `@unchecked Sendable`: both parts are immutable once built, and `NSRegularExpression` is safe to
    /// share between threads.
    struct Entry: @unchecked Sendable {
        let regex: NSRegularExpression
        let prefilter: LiteralPrefilter?
    }

    private let lock = NSLock()
    private var compiled: [String: Entry] = [:]

    /// The compiled form of `pattern`; `nil` for a pattern that does not compile (the rule tests would show it).
    func entry(_ pattern: String) -> Entry? {
        lock.lock()
        defer { lock.unlock() }
        if let entry = compiled[pattern] { return entry }
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) else { return nil }
        let entry = Entry(regex: regex, prefilter: LiteralPrefilter(pattern: pattern))
        compiled[pattern] = entry
        return entry
    }

    /// The compiled, case-insensitive form of `pattern`.
    func regex(_ pattern: String) -> NSRegularExpression? { entry(pattern)?.regex }
}

