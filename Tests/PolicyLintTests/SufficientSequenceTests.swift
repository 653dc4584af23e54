import Foundation
import Testing

@testable import PolicyLint

/// The proof of a match of a pattern `P.*Q` by its literals (``SufficientSequence``,
/// ``WordingPattern/certainlyMatchesInSequence(_:)``) against the regex: which patterns are split,
/// and on texts around the proof's edges (order, line breaks, characters past ASCII, boundaries,
/// overlaps), every text the literals prove to match is one the regex matches, and `matches`
/// answers as the regex does.
@Suite struct SufficientSequenceTests {
    static let patterns: [WordingPattern] = [
        ElectronicProspecting.customer[.en]!, ElectronicProspecting.customer[.fr]!,
        #"\bab\b.*\bcd\b"#, #"ab.*cd"#, #"(x|yz).*\bw"#, #"\bab.*ba\b"#, #"abc.*cde"#,
    ]

    static let texts = [
        "existing customers for similar products", "customers similar", "customer similar", "similar customers",
        "customers\nsimilar", "customers\r\nsimilar", "customers\u{2028}similar", "customers\u{85}similar",
        "customers \u{B}similar", "customers — similar", "customers, é similar", "customerssimilar",
        "Customers of ours: SIMILAR offers", "customersimilar", "customers dissimilar", "customers similarly",
        "clients analogues", "nos clients pour des produits analogues", "client\tanalogue", "clients\nanalogues",
        "ab cd", "ab\ncd", "abcd", "ab cd ab", "cd ab", "x w", "yz w", "yzw", "xw", "xx w", "ab ba", "aba",
        "abcde", "abc cde", "abccde", "cafe\u{301} ab cd", "ab cd\u{301}", "ab \u{301}cd", "AB\tCD", "",
    ]

    @Test func patternsOfASequenceAreSplit() {
        let sequence = RegexLiterals.sequence(of: #"\b(existing )?customers?\b.*\bsimilar\b"#)
        #expect(Set(sequence?.first.map { String(decoding: $0.bytes, as: UTF8.self) } ?? []) ==
            ["customer", "customers", "existing customer", "existing customers"])
        #expect(sequence?.then.map { String(decoding: $0.bytes, as: UTF8.self) } == ["similar"])
        for pattern in [
            #"a.*b|c"#, #"(a.*b)"#, #"a.*?b"#, #"a.*+b"#, #"a.**b"#, #"a.*b.*c"#, #"[.*]ab"#, #"\Qa.*b\E"#,
            #"(a)b.*\1"#, #"a.b.*c"#, #"ab"#, #"\w.*ab"#, #"ab\w.*cd"#, #"[[a]].*b"#,
        ] {
            #expect(RegexLiterals.sequence(of: pattern) == nil, "\(pattern)")
        }
    }

    @Test func aProvenSequenceIsARegexMatch() {
        for pattern in Self.patterns {
            for text in Self.texts {
                let expected = pattern.regexMatch(in: text) != nil
                let proven = Wording.withBytes(of: text) { pattern.certainlyMatchesInSequence(ScannedText(bytes: $0)) }
                if proven { #expect(expected, "\(pattern.source) on \(text)") }
                #expect(Wording.matches(pattern, text) == expected, "\(pattern.source) on \(text)")
            }
        }
    }

    @Test func theCustomerSentenceIsProven() {
        let pattern = ElectronicProspecting.customer[.en]!
        let text = "Retaining our existing customers by presenting services similar to those they have bought"
        #expect(Wording.withBytes(of: text) { pattern.certainlyMatchesInSequence(ScannedText(bytes: $0)) })
    }
}
