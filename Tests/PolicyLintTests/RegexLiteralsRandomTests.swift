import Foundation
import Testing

@testable import PolicyLint

/// The literal reading of patterns (``RegexLiterals``) on patterns no rule uses: random sequences,
/// groups, alternations, optional parts and small classes, some long enough that the expanded strings
/// pass the reader's limit. Whatever the reading lets the matcher skip, the regex would have answered
/// the same: every text that matches meets the requirement, and every sufficient literal proves a match.
@Suite struct RegexLiteralsRandomTests {
    /// A pattern and a text it matches, built together.
    struct Sample {
        var pattern = ""
        var match = ""
    }

    struct Generator {
        var state: UInt64

        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }

        mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

        /// One atom: a letter or a space, a small class, a word boundary, or a group of alternatives.
        mutating func atom(depth: Int) -> Sample {
            switch below(depth > 1 ? 8 : 10) {
            case 0..<5:
                let character = ["a", "b", "c", " ", "b"][below(5)]
                return Sample(pattern: character, match: below(4) == 0 ? character.uppercased() : character)
            case 5: return Sample(pattern: "[ab]", match: ["a", "b"][below(2)])
            case 6: return Sample(pattern: #"\b"#, match: "")
            case 7: return Sample(pattern: "c", match: "C")
            default:
                let inner = alternatives(depth: depth + 1)
                return Sample(pattern: "(" + inner.pattern + ")", match: inner.match)
            }
        }

        /// A sequence of atoms, each optional now and then.
        mutating func sequence(depth: Int) -> Sample {
            var sample = Sample()
            for _ in 0..<(1 + below(depth == 0 ? 9 : 4)) {
                let part = atom(depth: depth)
                let optional = below(4) == 0
                sample.pattern += part.pattern + (optional ? "?" : "")
                sample.match += optional && below(2) == 0 ? "" : part.match
            }
            return sample
        }

        /// `a|b|c`: the match comes from one branch.
        mutating func alternatives(depth: Int) -> Sample {
            let branches = (0..<(1 + below(3))).map { _ in sequence(depth: depth) }
            let chosen = branches[below(branches.count)]
            return Sample(pattern: branches.map(\.pattern).joined(separator: "|"), match: chosen.match)
        }

        /// Text around a match: nothing, letters (which may break a word boundary), spaces, an accent.
        mutating func surround(_ match: String) -> String {
            let edges = ["", "", " ", "x", "é ", "ab", "\u{301}", "  c"]
            return edges[below(edges.count)] + match + edges[below(edges.count)]
        }
    }

    /// Patterns whose alternatives multiply past the reader's limit, then go on with single letters.
    static let wide = [
        "(a|b)(a|b)(a|b)(a|b)(a|b)(a|b)(a|b)cab", "([ab][ab][ab][ab][ab][ab][ab])c b",
        #"\b(a|b|c)(a|b|c)(a|b|c)(a|b|c)ca\b"#, "(a|b)(a|b)(a|b)(a|b)(a|b)(a|b)c?a",
    ]

    /// The first of the regex's successive matches that splits no character, found by listing them all
    /// and converting each range to the string's characters.
    static func firstWholeMatch(_ pattern: String, in text: String) -> String? {
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) else { return nil }
        let matches = regex.matches(in: text, range: NSRange(location: 0, length: (text as NSString).length))
        return matches.lazy.compactMap { Range($0.range, in: text).map { String(text[$0]) } }.first
    }

    /// A literal next to plain letters, the regex's match running on into a character with a mark:
    /// the yes-or-no answer and the quoted match agree.
    @Test func proofsStandOnlyWhereNoMatchSplitsACharacter() {
        let cases: [(String, String)] = [
            ("ab?", "ab\u{301}"), ("c?a|c", "Ca\u{301}"), ("c", "c\u{301}"), ("c", "c\u{301} c"), ("ab", "x ab\u{200D}"),
            ("ab", "ab\r\n"), ("ab", "ab « é » ’ €"), ("ab?", "ab\u{301} ab"),
        ]
        for (source, text) in cases {
            let pattern = WordingPattern(stringLiteral: source)
            let expected = Self.firstWholeMatch(source, in: text)
            #expect(Wording.firstMatch(pattern, in: text) == expected, "\(source) on \(text.debugDescription)")
            #expect(Wording.matches(pattern, text) == (expected != nil), "\(source) on \(text.debugDescription)")
        }
        #expect(Self.firstWholeMatch("ab?", in: "ab\u{301}") == nil)
        #expect(Self.firstWholeMatch("c", in: "c\u{301} c") == "c")
    }

    @Test func readingAgreesWithTheRegexOnRandomPatterns() {
        var generator = Generator(state: 2_026)
        var matched = 0
        var ruledOut = 0
        var proven = 0
        for round in 0..<1_500 {
            let sample = round < Self.wide.count * 40
                ? Sample(pattern: Self.wide[round % Self.wide.count], match: "")
                : generator.alternatives(depth: 0)
            let pattern = WordingPattern(stringLiteral: sample.pattern)
            guard let regex = pattern.regex else { continue }
            var texts = [generator.surround(sample.match), sample.match, "", "abc", "a b c"]
            let letters: [Character] = ["a", "b", "c", " ", "A", "B", "é"]
            texts.append(String((0..<generator.below(14)).map { _ in letters[generator.below(letters.count)] }))
            for text in texts {
                let anyMatch = regex.firstMatch(in: text, range: NSRange(location: 0, length: (text as NSString).length)) != nil
                let expected = Self.firstWholeMatch(sample.pattern, in: text)
                let (mayMatch, certain) = Wording.withBytes(of: text) { bytes in
                    let scanned = ScannedText(bytes: bytes)
                    return (pattern.mayMatch(scanned), pattern.certainlyMatches(scanned))
                }
                // The requirement is necessary for any match, and a sufficient literal proves one.
                if !mayMatch { #expect(!anyMatch, "\(sample.pattern) ruled out on \(text.debugDescription)") }
                if certain { #expect(anyMatch, "\(sample.pattern) proven on \(text.debugDescription)") }
                #expect(Wording.firstMatch(pattern, in: text) == expected, "\(sample.pattern) on \(text.debugDescription)")
                #expect(Wording.matches(pattern, text) == (expected != nil), "\(sample.pattern) on \(text.debugDescription)")
                if expected != nil { matched += 1 }
                if !mayMatch { ruledOut += 1 }
                if certain { proven += 1 }
            }
        }
        // The samples must reach both shortcuts, or the agreement proves little.
        #expect(matched > 1_000)
        #expect(ruledOut > 1_000)
        #expect(proven > 100)
    }
}
