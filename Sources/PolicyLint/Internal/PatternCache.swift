import Foundation

/// Compiled wording patterns, shared by every rule and every policy linted in the process.
///
/// `NSRegularExpression` is immutable and safe to use from several threads; the lock guards only the
/// dictionary.
final class PatternCache: @unchecked Sendable {
    static let shared = PatternCache()

    private let lock = NSLock()
    private var compiled: [String: NSRegularExpression] = [:]

    /// The compiled, case-insensitive form of `pattern`; `nil` for a pattern that does not compile
    /// (the rule tests would show it).
    func regex(_ pattern: String) -> NSRegularExpression? {
        lock.lock()
        defer { lock.unlock() }
        if let regex = compiled[pattern] { return regex }
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) else { return nil }
        compiled[pattern] = regex
        return regex
    }
}
