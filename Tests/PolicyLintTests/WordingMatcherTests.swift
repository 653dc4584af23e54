import Foundation
import Testing

@testable import PolicyLint

/// The literal reading of wording patterns and the byte scans that spare the regex: whatever they
/// answer, the regex would have answered the same.
@Suite struct WordingMatcherTests {
    /// A sample of texts around the patterns' words: cases, boundaries, accents, folding characters.
    static let texts = [
        "", "some", "Some data", "wholesome", "someone", "SOME", "ſome", "we may share", "We Might", "certaines données",
        "incertaines", "profiling", "profil", "behavioural", "behaviorale", "by using the site", "en naviguant sur le site",
        "only our staff have access", "seuls les salariés ont accès", "no other recipients", "non-personal", "non‑personal",
        "anonymised", "complaint to the CNIL", "réclamation", "réclamations auprès de l’autorité de contrôle",
        "contact@example.fr", "write to @home", "e-mail", "email", "E-Mail", "link", "linked", "unsubscribe",
        "browser settings", "lettre recommandée", "par écrit", "paramètres de votre navigateur", "Kompany",
        "stra\u{DF}e", "\u{FB01}nal", "caf\u{E9}", "cafe\u{301}", "é some", "some\u{301}", "our legitimate interest",
        "  legitimate interests. ", "existing customers for similar products", "human review to contest",
        "newsletter", "lettre d'information", "marketing ciblé", "Partners", "third-party providers", "CIL",
        "correspondant informatique", "PIPEDA", "APPI", "scope", "2010/87", "object", "oppose",
    ]

    @Test func scansAgreeWithTheRegex() {
        for pattern in WordingCatalogue.all {
            for text in Self.texts {
                let expected = pattern.regexMatch(in: text)
                #expect(Wording.firstMatch(pattern, in: text) == expected, "\(pattern.source) on \(text)")
                #expect(Wording.matches(pattern, text) == (expected != nil), "\(pattern.source) on \(text)")
            }
        }
    }

    @Test func requirementsFollowGroupsAndBoundaries() {
        let literals = RegexLiterals.read(#"\b(complain(ts?)?|claims regarding)\b"#)
        let words = literals.requirement?.literals.map { String(decoding: $0.bytes, as: UTF8.self) } ?? []
        #expect(Set(words) == ["complain", "complaint", "complaints", "claims regarding"])
        #expect(literals.requirement?.literals.allSatisfy { $0.boundaryBefore && $0.boundaryAfter } == true)
        #expect(RegexLiterals.read(#"\bobject"#).sufficient.map(\.bytes) == [Array("object".utf8)])
        #expect(RegexLiterals.read(#"^\s*CIL\b"#).sufficient.isEmpty)
        #expect(RegexLiterals.read(#"(?i)some"#).requirement == nil)
    }

    @Test func namesCompareAsFoundationDoes() {
        let pairs = [
            ("google ireland", "google"), ("google", ""), ("", ""), ("arpège ads sas", "arpège ads"),
            ("cafe\u{301}", "cafe"), ("caf\u{E9}", "cafe\u{301}"), ("\u{212B}", "\u{C5}"), ("autorités", "autorites"),
            // Names as written, capitals and all: compared in lowercase.
            ("Google Ireland Limited", "GOOGLE IRELAND"), ("Société Générale", "SOCIÉTÉ"), ("ÀÉÎÕÜ", "àéî"),
            ("X×Y", "x×y"), ("x×y", "X÷Y"), ("Ångström AB", "ÅNGSTRÖM"), ("Łódź Holding", "HOLDING"),
            ("ŁÓDŹ", "łódź"), ("Cafe\u{301} Paris", "CAFÉ"), ("Arpège", "ARPÈGE ADS"), ("ÉTÉ", "été"),
        ]
        for (haystack, needle) in pairs {
            let expected = haystack.lowercased().contains(needle.lowercased())
            #expect(
                NameMatching.contains(LowercaseName(haystack), LowercaseName(needle)) == expected, "\(haystack) / \(needle)")
            #expect(
                NameMatching.eitherContains(LowercaseName(haystack), LowercaseName(needle))
                    == (expected || needle.lowercased().contains(haystack.lowercased())), "\(haystack) / \(needle)")
        }
    }

    @Test func firstDifferenceSettlesEquality() {
        func differ(_ a: String, _ b: String) -> Bool {
            var a = a
            var b = b
            return a.withUTF8 { x in b.withUTF8 { y in ASCIIWords.differ(x, y) } }
        }
        #expect(differ("Nom", "Name"))
        #expect(!differ("e\u{301}tude", "\u{E9}tude"))
        #expect(!differ("abc ", "abc\n"))
        #expect(!differ("abc", "abcd"))
    }
}
