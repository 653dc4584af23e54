import Foundation
import PolicyGenerator
import PolicyModel
import Testing

@testable import PolicyLint

/// The literal scan against the plain reading it replaces: a rolling window over every position of
/// the text, each byte lowered, looked up in the keys; the text's classes read byte by byte.
@Suite struct LiteralIndexTests {
    /// The positions and keys the plain reading finds: every position whose four bytes, lowered,
    /// are a key the index knows.
    static func referenceHits(_ index: LiteralIndex, _ text: String) -> [String] {
        var found: [String] = []
        var window: UInt32 = 0
        for (position, byte) in text.utf8.enumerated() {
            window = window << 8 | UInt32(ASCIITables.lowercased(byte))
            if position >= 3, index.knows(window) { found.append("\(position - 3):\(window)") }
        }
        return found
    }

    /// Compares the scan of `text` with the plain reading; `patterns` are the index's.
    static func expectScanAgrees(_ index: LiteralIndex, _ patterns: [WordingPattern], _ text: String) {
        var hits: [LiteralHit] = [LiteralHit(position: 7, key: 7)]
        let scan = Wording.withBytes(of: text) { index.scan($0, into: &hits) }
        #expect(scan.hits.lowerBound == 1)
        #expect(hits[scan.hits].map { "\($0.position):\($0.key)" } == referenceHits(index, text), "\(Array(text.utf8))")
        let bytes = Array(text.utf8)
        #expect(scan.isASCII == bytes.allSatisfy { $0 < 0x80 }, "\(bytes)")
        #expect(scan.hasVisibleASCII == bytes.contains { $0 < 0x80 && !ASCIITables.isWhitespace($0) }, "\(bytes)")
        #expect(scan.firstByte == (bytes.first ?? 0))
        let folds = bytes.indices.contains { offset in
            bytes[offset] >= 0xC3 && bytes.withUnsafeBufferPointer { LiteralIndex.foldsToASCII($0, at: offset) }
        }
        #expect(scan.foldsToASCII == folds, "\(bytes)")
        #expect(bytes.withUnsafeBufferPointer { LiteralIndex.foldsToASCII($0) } == folds, "\(bytes)")
        for pattern in patterns {
            guard let keys = pattern.keys, let signature = pattern.keySignature, let bit = index.patternBit(signature)
            else { continue }
            let held = hits[scan.hits].contains { keys.contains($0.key) }
            #expect((scan.patterns & bit != 0) == held, "\(pattern.source) on \(bytes)")
        }
    }

    /// Random texts built from `words` in random case, cut short at random, between separators and
    /// characters past ASCII (folding ones among them), NUL included.
    static func randomTexts(from words: [String], count: Int, seed: UInt64) -> [String] {
        var generator = SplitMix64(seed: seed)
        let others = [
            " ", "  ", "-", "'", "’", "é", "É", "à", "ß", "ſ", "\u{212A}", "\u{FB01}", "\u{1E9E}", "\u{0}", "\t", "\n",
            "«\u{A0}", "2010/87", "x", "Data", "\u{301}", "€",
        ]
        return (0..<count).map { _ in
            var text = ""
            for _ in 0..<Int.random(in: 0...12, using: &generator) {
                if Bool.random(using: &generator) {
                    var word = Array(words.randomElement(using: &generator)!)
                    if Int.random(in: 0..<4, using: &generator) == 0 {
                        word = Array(word.prefix(Int.random(in: 0...word.count, using: &generator)))
                    }
                    if Int.random(in: 0..<4, using: &generator) == 0 {
                        word = Array(word.suffix(Int.random(in: 0...word.count, using: &generator)))
                    }
                    for character in word {
                        text += Int.random(in: 0..<3, using: &generator) == 0 ? character.uppercased() : String(character)
                    }
                } else {
                    text += others.randomElement(using: &generator)!
                }
            }
            return text
        }
    }

    /// The catalogue's literals, as words for random texts.
    static let catalogueWords: [String] = WordingCatalogue.all.flatMap { pattern in
        (pattern.literals.requirement?.literals ?? []).map { String(decoding: $0.bytes, as: UTF8.self) }
    }

    @Test func catalogueScanAgreesWithTheRollingWindow() {
        let index = WordingCatalogue.index
        var texts = LintInputTests.texts + Self.randomTexts(from: Self.catalogueWords, count: 3000, seed: 0x11_7E4A)
        for policy in LintInputTests.policies {
            policy.forEachLocalizedField { _, text in text.forEachText { _, value in texts.append(value) } }
        }
        for text in texts { Self.expectScanAgrees(index, WordingCatalogue.all, text) }
    }

    @Test func otherKeySetsScanAsTheRollingWindow() {
        // Keys sharing pairs at every offset, digits, dashes, spaces, NUL inside a key, capitals in
        // the pattern (the reader lowers them).
        let sets: [[String]] = [
            ["aaaa", "aaab", "abab", "baaa", "zzzz"],
            ["the ", "he s", " sha", "2010", "a-b-", "x\u{0}yz", "Data"],
            ["abcd", "bcde", "cdef", "defg", "efgh", "fghi"],
            ["word"],
        ]
        for (number, words) in sets.enumerated() {
            let patterns = words.map { WordingPattern(stringLiteral: NSRegularExpression.escapedPattern(for: $0)) }
            let index = LiteralIndex(patterns: patterns)
            let texts = Self.randomTexts(from: words + ["ab", "bcd", "zz"], count: 1500, seed: UInt64(number))
            for text in texts + words + words.map({ $0.uppercased() }) {
                Self.expectScanAgrees(index, patterns, text)
            }
        }
    }

    @Test func fourBytesLowerAsEachByte() {
        for value in 0...255 {
            let byte = UInt8(value)
            for position in 0..<4 {
                for other: UInt8 in [0x00, 0x41, 0x5A, 0x61, 0x7F, 0x80, 0xC1, 0xDA, 0xFF] {
                    var bytes = [UInt8](repeating: other, count: 4)
                    bytes[position] = byte
                    let word = bytes.reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
                    let lowered = bytes.map(ASCIITables.lowercased).reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
                    #expect(ASCIITables.lowercased(fourBytes: word) == lowered, "\(bytes)")
                }
            }
        }
    }
}
