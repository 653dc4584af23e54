import Foundation
import Synchronization

/// A wording pattern, read when the rule's `static let` is first read and kept for the process.
///
/// Besides the case-insensitive regex (ICU, through `NSRegularExpression`), the pattern knows the
/// literals its matches need (``RegexLiterals``): a text without them is answered without the regex,
/// and a text holding a literal that alone proves a match needs no regex to say so.
///
/// The regex is compiled the first time a text needs it. Most texts are answered by the literals,
/// and compiling costs more than anything else about a pattern: 12 M instructions for the
/// catalogue, about an eighth of a whole `policyc build`, where its two statements need a few of them.
final class WordingPattern: ExpressibleByStringLiteral, Sendable {
    /// The pattern as written (ICU syntax, matched ignoring case).
    let source: String
    /// The compiled pattern once a text has needed it: `.some(nil)` when it does not compile.
    private let compiled = Mutex<NSRegularExpression??>(nil)
    let literals: PatternLiterals
    /// The requirement (``PatternLiterals/requirement``) laid out for checking in place.
    let table: RequirementTable?
    /// Keys of which every matching text holds one (``Requirement/keys``), and a signature of them
    /// by which a ``LiteralIndex`` tells whether it records them.
    let keys: [UInt32]?
    let keySignature: UInt64?

    init(stringLiteral source: String) {
        self.source = source
        literals = RegexLiterals.read(source)
        table = literals.requirement.map(RequirementTable.init)
        keys = literals.requirement?.keys
        keySignature = keys.map { keys in
            keys.sorted().reduce(UInt64(0xCBF2_9CE4_8422_2325)) { ($0 ^ UInt64($1)) &* 0x100_0000_01B3 } | 1
        }
    }

    /// The compiled pattern, compiled on first use; `nil` when it does not compile (no pattern of the
    /// catalogue: `LazyRegexTests` checks it).
    var regex: NSRegularExpression? {
        compiled.withLock { compiled in
            if let compiled { return compiled }
            let regex = try? NSRegularExpression(pattern: source, options: [.caseInsensitive])
            compiled = .some(regex)
            return regex
        }
    }

    /// Whether `text` may match: its literals meet the requirement, or it holds a character that
    /// folds to ASCII letters.
    func mayMatch(_ text: ScannedText) -> Bool {
        guard let table, !text.foldsToASCII else { return true }
        // Most texts hold none of the keys: the scan says so at once.
        if let keys, let signature = keySignature, let index = text.index {
            if let bit = index.patternBit(signature) {
                if text.patterns & bit == 0 { return false }
            } else if index.covers(signature), !text.hits.contains(where: { keys.contains($0.key) }) {
                return false
            }
        }
        return text.meets(table, keysKnown: text.index?.isBuilt(with: self) ?? false)
    }

    /// Whether a literal of `text` proves a match, its word boundaries certain.
    ///
    /// The proof stands only for a text whose characters are each one scalar (``WholeCharacters``):
    /// elsewhere the regex's match could extend past the literal into a character with a mark
    /// (`ab?` on `a`, `b` + U+0301), a match ``regexMatch(in:)`` passes over, so the regex decides.
    func certainlyMatches(_ text: ScannedText) -> Bool {
        for literal in literals.sufficient where text.contains(literal, certain: true) {
            return WholeCharacters.only(text.bytes)
        }
        return false
    }

    /// The first of the regex's successive matches in `text` that splits no character.
    ///
    /// The regex reads code points, so `c` matches the start of `c` + U+0301 (`ć`); such a match
    /// splits a character and is not the letter the pattern names. It is passed over and the regex
    /// goes on after it (ICU's successive, non-overlapping matches: a shorter match inside the one
    /// passed over is not tried).
    func regexMatch(in text: String) -> String? {
        guard let regex else { return nil }
        var found: String?
        regex.enumerateMatches(in: text, range: NSRange(text.startIndex..., in: text)) { match, _, stop in
            guard let match, let range = Range(match.range, in: text) else { return }
            found = String(text[range])
            stop.pointee = true
        }
        return found
    }

    /// The first match in `text`, the regex run only when the literals allow a match.
    func firstMatch(in text: ScannedText, _ value: String) -> String? {
        guard mayMatch(text) else { return nil }
        return regexMatch(in: value)
    }

    /// Whether `text` has a match, the regex run only when no literal proves it and the literals allow it.
    ///
    /// A pattern that does not compile matches nothing, so a literal's proof stands only once the
    /// regex is known to compile; the regex is compiled then, and not before.
    func matches(_ text: ScannedText, _ value: String) -> Bool {
        if certainlyMatches(text) { return regex != nil }
        guard mayMatch(text) else { return false }
        if certainlyMatchesInSequence(text) { return regex != nil }
        return regexMatch(in: value) != nil
    }

    /// Whether literals of `text` prove a match of a pattern `P.*Q` (``SufficientSequence``): the
    /// first end of a literal of `P` comes at or before the last start of a literal of `Q`, their
    /// boundaries certain, and every byte between is a character `.` matches.
    ///
    /// The bytes between are accepted only as tab or printable ASCII: `.` matches any character but
    /// the line terminators (`\n`, `\r`, U+000B, U+000C, U+0085, U+2028, U+2029), and anything else
    /// is left to the regex. As for ``certainlyMatches(_:)``, the text's characters must each be one
    /// scalar, so that no match splits one.
    func certainlyMatchesInSequence(_ text: ScannedText) -> Bool {
        guard let sequence = literals.sequence else { return false }
        var end: Int?
        for literal in sequence.first {
            if let found = text.firstEnd(of: literal), found < end ?? .max { end = found }
        }
        guard let end else { return false }
        var start: Int?
        for literal in sequence.then {
            if let found = text.lastStart(of: literal), found > start ?? .min { start = found }
        }
        guard let start, end <= start else { return false }
        for byte in text.bytes[end..<start] where byte != 0x09 && !(0x20...0x7E).contains(byte) { return false }
        return WholeCharacters.only(text.bytes)
    }
}

/// A text's bytes ready for the patterns' literals, with the index's scan when there is one.
struct ScannedText {
    let bytes: UnsafeBufferPointer<UInt8>
    let foldsToASCII: Bool
    /// The catalogue's index and the positions it recorded, or `nil`: every literal is searched.
    let index: LiteralIndex?
    let hits: UnsafeBufferPointer<LiteralHit>
    /// The scan's ``TextScan/patterns`` (0 without an index).
    let patterns: UInt64
    /// The scan's ``TextScan/keyBits`` (0 without an index).
    let keyBits: UInt64

    /// A text the index scanned; `hits` are its positions (``TextScan/hits``).
    init(bytes: UnsafeBufferPointer<UInt8>, scan: TextScan, index: LiteralIndex, hits: UnsafeBufferPointer<LiteralHit>) {
        self.bytes = bytes
        foldsToASCII = scan.foldsToASCII
        self.index = index
        self.hits = hits
        patterns = scan.patterns
        keyBits = scan.keyBits
    }

    /// A text read directly.
    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        foldsToASCII = LiteralIndex.foldsToASCII(bytes)
        index = nil
        hits = UnsafeBufferPointer(start: nil, count: 0)
        patterns = 0
        keyBits = 0
    }

    /// Whether the literals the text contains satisfy the requirement `table` lays out: each literal
    /// by ``contains(_:key:certain:)``, all or any of the parts as the requirement says.
    ///
    /// `keysKnown` says that the text's index knows every key of the requirement (it was built with
    /// the pattern, ``LiteralIndex/isBuilt(with:)``): a literal's key then need not be looked up.
    func meets(_ table: RequirementTable, keysKnown: Bool = false) -> Bool {
        table.nodes.withUnsafeBufferPointer { nodes in
            table.bytes.withUnsafeBufferPointer { literals in meets(node: 0, nodes, literals, keysKnown: keysKnown) }
        }
    }

    private func meets(
        node index: Int, _ nodes: UnsafeBufferPointer<RequirementTable.Node>, _ literals: UnsafeBufferPointer<UInt8>,
        keysKnown: Bool
    ) -> Bool {
        let node = nodes[index]
        let parts = node.first..<node.first + node.count
        // A literal part is read here rather than through a call: most parts are literals.
        func meetsPart(_ part: Int) -> Bool {
            nodes[part].kind == .literal
                ? meetsLiteral(nodes[part], literals, keysKnown: keysKnown)
                : meets(node: part, nodes, literals, keysKnown: keysKnown)
        }
        switch node.kind {
        case .literal:
            return meetsLiteral(node, literals, keysKnown: keysKnown)
        case .all:
            for part in parts where !meetsPart(part) { return false }
            return true
        case .any:
            for part in parts where meetsPart(part) { return true }
            return false
        }
    }

    /// Whether the text contains the literal `node` names.
    ///
    /// With the keys known, a literal whose key's bit the scan left clear is settled first, before its
    /// bytes are looked up: ``contains(_:key:known:certain:)`` would answer no from the same bit.
    @inline(__always)
    private func meetsLiteral(_ node: RequirementTable.Node, _ literals: UnsafeBufferPointer<UInt8>, keysKnown: Bool)
        -> Bool
    {
        if keysKnown, keyBits & node.keyBit == 0, node.keyBit != 0, index != nil { return false }
        let bytes = UnsafeBufferPointer(rebasing: literals[node.first..<node.first + node.count])
        return contains(LiteralView(bytes: bytes, flags: node.flags), key: node.key, known: keysKnown)
    }

    /// Whether `literal` occurs (``LiteralIndex/occurs(_:at:in:certain:)``): at the recorded positions
    /// when the index knows its first bytes, anywhere otherwise.
    ///
    /// A literal occurs at a position only where its key does, and the scan records every position of
    /// a key the index knows, setting the key's bit (``TextScan/keyBits``): a clear bit answers no
    /// without walking the hits (most of a requirement's literals, in a text holding one of its keys).
    func contains(_ literal: RequiredLiteral, certain: Bool = false) -> Bool {
        literal.bytes.withUnsafeBufferPointer { pattern in
            contains(LiteralView(bytes: pattern, flags: literal.flags), key: literal.key, certain: certain)
        }
    }

    /// The end of the first occurrence of `literal` whose boundaries are certain
    /// (``LiteralIndex/occurs(_:at:in:certain:)``), if there is one.
    func firstEnd(of literal: RequiredLiteral) -> Int? {
        literal.bytes.withUnsafeBufferPointer { pattern in
            let view = LiteralView(bytes: pattern, flags: literal.flags)
            guard pattern.count <= bytes.count else { return nil }
            for start in 0...(bytes.count - pattern.count)
            where LiteralIndex.occurs(view, at: start, in: bytes, certain: true) {
                return start + pattern.count
            }
            return nil
        }
    }

    /// The start of the last occurrence of `literal` whose boundaries are certain, if there is one.
    func lastStart(of literal: RequiredLiteral) -> Int? {
        literal.bytes.withUnsafeBufferPointer { pattern in
            let view = LiteralView(bytes: pattern, flags: literal.flags)
            guard pattern.count <= bytes.count else { return nil }
            for start in (0...(bytes.count - pattern.count)).reversed()
            where LiteralIndex.occurs(view, at: start, in: bytes, certain: true) {
                return start
            }
            return nil
        }
    }

    /// ``contains(_:certain:)`` for a literal read in place, whose key is `key`; `known` says the
    /// index, if there is one, knows the key.
    @inline(__always)
    func contains(_ literal: LiteralView, key: UInt32?, known: Bool = false, certain: Bool = false) -> Bool {
        if let index, let key, known || index.knows(key) {
            guard keyBits & LiteralIndex.keyBit(key) != 0 else { return false }
            for hit in hits where hit.key == key {
                if LiteralIndex.occurs(literal, at: Int(hit.position), in: bytes, certain: certain) { return true }
            }
            return false
        }
        return LiteralIndex.contains(literal, in: bytes, certain: certain)
    }
}
