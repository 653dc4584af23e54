import PolicyGenerator
import Testing

@testable import PolicyLint

/// The reader's set operations against their plain reading: the whole product or union built, its
/// repeats dropped, then measured against the limit.
@Suite struct RegexLiteralsTests {
    /// Random sets of short strings over a small alphabet (bytes, a boundary, a word character), so
    /// that joined strings often repeat.
    static func randomSets(_ generator: inout SplitMix64) -> [[[Int16]]] {
        let symbols: [Int16] = [97, 98, 99, RegexLiteralsTests.boundary, RegexLiteralsTests.wordCharacter]
        return (0..<Int.random(in: 1...4, using: &generator)).map { _ in
            let size = Int.random(in: 0..<3, using: &generator) == 0 ? Int.random(in: 20...70, using: &generator)
                : Int.random(in: 1...12, using: &generator)
            return (0..<size).map { _ in
                (0..<Int.random(in: 0...4, using: &generator)).map { _ in symbols.randomElement(using: &generator)! }
            }
        }
    }

    static let boundary: Int16 = -1
    static let wordCharacter: Int16 = -3

    static func plainProduct(_ prefixes: [[Int16]], _ suffixes: [[Int16]]) -> [[Int16]]? {
        var product: [[Int16]] = []
        for prefix in prefixes {
            for suffix in suffixes where !product.contains(prefix + suffix) { product.append(prefix + suffix) }
        }
        return product.count > RegexLiterals.maximumExpansion ? nil : product
    }

    static func plainUnion(_ sets: [[[Int16]]]) -> [[Int16]]? {
        var union: [[Int16]] = []
        for set in sets {
            for sequence in set where !union.contains(sequence) { union.append(sequence) }
        }
        return union.count > RegexLiterals.maximumExpansion ? nil : union
    }

    @Test func productsAndUnionsAnswerAsThePlainReading() {
        var generator = SplitMix64(seed: 0x12E6_11AB)
        var limited = (product: 0, union: 0)
        for _ in 0..<400 {
            let sets = Self.randomSets(&generator)
            let product = RegexLiterals.product(sets[0], sets[sets.count - 1])
            #expect(product == Self.plainProduct(sets[0], sets[sets.count - 1]), "\(sets)")
            let union = RegexLiterals.union(sets)
            #expect(union == Self.plainUnion(sets), "\(sets)")
            if product == nil { limited.product += 1 }
            if union == nil { limited.union += 1 }
        }
        // Both sides of the limit are reached.
        #expect(limited.product > 40 && limited.product < 360)
        #expect(limited.union > 20 && limited.union < 360)
    }

    /// `Requirement.all(of:)` and `any(of:)` as first written: flattened, ordered or without
    /// repeats, with no shortcut.
    static func plainAll(_ parts: [Requirement]) -> Requirement? {
        var flat: [Requirement] = []
        for part in parts {
            if case .all(let inner) = part { flat += inner } else { flat.append(part) }
        }
        let ordered = flat.filter { $0.literals.allSatisfy { $0.bytes.count >= 4 } }
            + flat.filter { !$0.literals.allSatisfy { $0.bytes.count >= 4 } }
        return ordered.isEmpty ? nil : ordered.count == 1 ? ordered[0] : .all(ordered)
    }

    static func plainAny(_ parts: [Requirement]) -> Requirement? {
        var flat: [Requirement] = []
        for part in parts {
            if case .any(let inner) = part { flat += inner } else { flat.append(part) }
        }
        var unique: [Requirement] = []
        for part in flat where !unique.contains(part) { unique.append(part) }
        // Then each literal that implies another literal alternative is dropped.
        let kept = unique.filter { part in
            guard case .literal(let literal) = part else { return true }
            return !unique.contains { other in
                guard case .literal(let weaker) = other, weaker != literal else { return false }
                return literal.implies(weaker)
            }
        }
        return kept.isEmpty ? nil : kept.count == 1 ? kept[0] : .any(kept)
    }

    static func randomRequirement(_ generator: inout SplitMix64, depth: Int) -> Requirement {
        let words = ["ab", "abc", "abcd", "data", "some", "x"]
        let kind = depth == 0 ? 0 : Int.random(in: 0..<3, using: &generator)
        if kind == 0 {
            return .literal(RequiredLiteral(
                bytes: Array(words.randomElement(using: &generator)!.utf8), boundaryBefore: Bool.random(using: &generator),
                boundaryAfter: false))
        }
        let parts = (0..<Int.random(in: 0...3, using: &generator)).map { _ in
            randomRequirement(&generator, depth: depth - 1)
        }
        return kind == 1 ? .all(parts) : .any(parts)
    }

    @Test func conjunctionsAndAlternationsAsFirstWritten() {
        var generator = SplitMix64(seed: 0xA11_A4E)
        for _ in 0..<3000 {
            let parts = (0..<Int.random(in: 0...3, using: &generator)).map { _ in
                Self.randomRequirement(&generator, depth: 2)
            }
            #expect(Requirement.all(of: parts) == Self.plainAll(parts), "\(parts)")
            #expect(Requirement.any(of: parts) == Self.plainAny(parts), "\(parts)")
        }
    }

    /// A literal implies another (``RequiredLiteral/implies(_:)``) only when every text holding it, as
    /// the scan reads literals, holds the other: random literals over letters, a digit, a space and
    /// a hyphen, with random boundaries, against random texts built from the same pieces.
    @Test func impliedLiteralsAreHeldByEveryTextHoldingTheImplyingOne() {
        var generator = SplitMix64(seed: 0x1B_9E5)
        let pieces = ["a", "b", "ab", "ba", " ", "-", "1", "A", "é", "aba"]
        func randomBytes(_ count: ClosedRange<Int>) -> [UInt8] {
            Array((0..<Int.random(in: count, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }
                .joined().utf8)
        }
        var implied = 0
        for _ in 0..<3000 {
            let lowered = { (bytes: [UInt8]) in bytes.map { $0 == UInt8(ascii: "A") ? UInt8(ascii: "a") : $0 } }
            let strong = RequiredLiteral(
                bytes: lowered(randomBytes(1...4)).filter { $0 < 0x80 }.nonEmpty ?? [UInt8(ascii: "a")],
                boundaryBefore: Bool.random(using: &generator), boundaryAfter: Bool.random(using: &generator))
            // Often a part of the stronger literal, so that implications are found.
            let start = Int.random(in: 0..<strong.bytes.count, using: &generator)
            let end = Int.random(in: start + 1...strong.bytes.count, using: &generator)
            let weak = RequiredLiteral(
                bytes: Bool.random(using: &generator) ? Array(strong.bytes[start..<end]) : lowered(randomBytes(1...2))
                    .filter { $0 < 0x80 }.nonEmpty ?? [UInt8(ascii: "b")],
                boundaryBefore: Bool.random(using: &generator), boundaryAfter: Bool.random(using: &generator))
            guard strong.implies(weak) else { continue }
            implied += 1
            for _ in 0..<20 {
                let text = randomBytes(0...3) + strong.bytes + randomBytes(0...3)
                let holds = text.withUnsafeBufferPointer { bytes in
                    let scanned = ScannedText(bytes: bytes)
                    return (scanned.contains(strong), scanned.contains(weak))
                }
                #expect(!holds.0 || holds.1, "\(strong) \(weak) \(text)")
            }
        }
        #expect(implied > 300)
        // The catalogue's cases: an optional word before a required one, and a boundary that a longer
        // word does not give.
        func literal(_ text: String, _ before: Bool, _ after: Bool) -> RequiredLiteral {
            RequiredLiteral(bytes: Array(text.utf8), boundaryBefore: before, boundaryAfter: after)
        }
        #expect(literal("votre navigateur", true, true).implies(literal("navigateur", true, true)))
        #expect(literal("our legitimate interests", false, false).implies(literal("legitimate interest", false, false)))
        #expect(!literal("profiles", true, true).implies(literal("profile", true, true)))
        #expect(!literal("navigateur", true, true).implies(literal("votre navigateur", true, true)))
        #expect(!literal("ab", false, false).implies(literal("ab", true, false)))
    }

    @Test func indexableAsItsLiterals() {
        var requirements = WordingCatalogue.all.compactMap(\.literals.requirement)
        let short = Requirement.literal(RequiredLiteral(bytes: Array("ab".utf8), boundaryBefore: true, boundaryAfter: false))
        let long = Requirement.literal(RequiredLiteral(bytes: Array("abcd".utf8), boundaryBefore: false, boundaryAfter: true))
        requirements += [short, long, .all([]), .any([]), .all([long, .any([long, short])]), .any([long, .all([long])])]
        for requirement in requirements {
            #expect(requirement.isIndexable == requirement.literals.allSatisfy { $0.bytes.count >= 4 })
        }
    }
}

extension Array {
    /// The array, or `nil` when it is empty.
    fileprivate var nonEmpty: Self? { isEmpty ? nil : self }
}
