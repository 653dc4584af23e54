import Foundation
import PolicyGenerator
import PolicyModel
import Testing

@testable import PolicyLint

/// The shortcuts of the per-policy lint input, each against the plain reading it stands for: the scan's
/// pattern bits against its hits, the input's matches against the regex, the byte readings of names
/// and texts against the string functions they replace.
@Suite struct LintInputTests {
    /// Generated policies of each size, and two with the wording samples as texts (in one, the same
    /// in both languages).
    static let policies: [Policy] = {
        var policies = [PolicySize.small, .mixed, .large].enumerated().map { number, size in
            PolicyGenerator(seed: UInt64(11 + number), size: size).policy(index: 1)
        }
        var samples = policies[0]
        samples.security = WordingMatcherTests.texts.map { Localized(fr: $0, en: $0.uppercased()) }
        policies.append(samples)
        // The same samples in both languages: a field's second text repeats its first.
        var repeated = policies[0]
        repeated.security = WordingMatcherTests.texts.map { Localized(fr: $0, en: $0) }
        policies.append(repeated)
        return policies
    }()

    /// Texts around the byte readings' edges: white space of every kind, accents, marks, ligatures.
    static let texts = WordingMatcherTests.texts + [
        " \u{A0}Nom\u{202F}", "\u{85}abc\r\n", "Abc\u{2028}", "a b c d", "une phrase avec quatre mots",
        "Société Générale SA", "été comme hiver nous restons", "Élan vital des équipes", "ªbcd efgh ijkl mnop",
        "µabc def ghi jkl", "ĳssel word word word", "Ça va très bien merci", "x@y.fr mots encore ici",
        "https://example.fr est le site", "cafe\u{301} au lait et pain", "\u{FB01}nal words here now",
        "×abc ÷def word word", "ÀÉÎÕÜ àéîõü ß Þ þ ÿ", "–—‘’“”…", "€ 10", "\t\n", "",
    ]

    @Test func patternBitsAnswerAsTheHitsDo() {
        let index = WordingCatalogue.index
        for text in Self.texts {
            var hits: [LiteralHit] = []
            let scan = Wording.withBytes(of: text) { index.scan($0, into: &hits) }
            for pattern in WordingCatalogue.all {
                guard let keys = pattern.keys, let signature = pattern.keySignature,
                    let bit = index.patternBit(signature)
                else { continue }
                let held = hits[scan.hits].contains { keys.contains($0.key) }
                #expect((scan.patterns & bit != 0) == held, "\(pattern.source) on \(text)")
            }
            #expect(scan.foldsToASCII == LiteralScanTests.expected(Array(text.utf8), index).folds, "\(text)")
            #expect(scan.isASCII == text.utf8.allSatisfy { $0 < 0x80 }, "\(text)")
            #expect(scan.firstByte == (text.utf8.first ?? 0), "\(text)")
        }
    }

    @Test func inputMatchesAgreeWithTheRegex() {
        for policy in Self.policies {
            let input = LintInput(policy)
            for text in input.texts {
                for pattern in WordingCatalogue.all {
                    let expected = pattern.regexMatch(in: text.value)
                    #expect(input.firstMatch(pattern, in: text) == expected, "\(pattern.source) on \(text.value)")
                    #expect(input.matches(pattern, text) == (expected != nil), "\(pattern.source) on \(text.value)")
                }
            }
        }
    }

    @Test func firstMatchesAreEachFieldsFirstMatch() {
        let patterns = [
            PlainLanguage.vague, AutomatedDecisionMaking.profiling, ProcessorsAreRecipients.denial,
            RightToLodgeComplaint.complaint, ContinuedBrowsingIsNotConsent.browsing,
            // Patterns the catalogue does not hold, so without a bit: one with keys, one without.
            [.en: #"\bdata\b"#, .fr: #"\bdonnées\b"#], [.en: #"\w+"#, .fr: #"\w+"#],
        ]
        for policy in Self.policies {
            let input = LintInput(policy)
            for language in patterns {
                let expected = input.fields.compactMap { field in
                    input.firstMatch(language, in: field).map { (field.location, $0.0, $0.1) }
                }
                let found = input.firstMatches(language)
                #expect(found.map(\.field.location) == expected.map(\.0))
                #expect(found.map(\.language) == expected.map(\.1))
                #expect(found.map(\.match) == expected.map(\.2))
            }
        }
    }

    @Test func fieldsMatchAsTheirTexts() {
        for policy in Self.policies {
            let input = LintInput(policy)
            for field in input.fields {
                for pattern in WordingCatalogue.all {
                    let expected = input.texts[field.texts].contains { input.matches(pattern, $0) }
                    #expect(input.matchesAnyText(pattern, of: field) == expected, "\(pattern.source)")
                }
            }
        }
    }

    @Test func textsFollowEachFieldsLanguages() {
        for policy in Self.policies {
            let input = LintInput(policy)
            var fields: [(LocalizedFieldLocation, Localized)] = []
            policy.forEachLocalizedField { fields.append(($0, $1)) }
            #expect(input.fields.map(\.location) == fields.map(\.0))
            for (field, (_, text)) in zip(input.fields, fields) {
                #expect(input.texts[field.texts].map { input.language(of: $0) } == text.languages)
                #expect(input.texts[field.texts].map(\.code) == text.languages.map(LanguageCode.init))
                #expect(input.texts[field.texts].map(\.value) == text.languages.compactMap { text[$0] })
            }
        }
    }

    /// ``LintInput/field(_:)`` finds each field where it lies, and no field where none does (an index
    /// or subindex past a list, a kind the policy lacks).
    @Test func fieldsAreFoundAtTheirLocations() {
        for policy in Self.policies {
            let input = LintInput(policy)
            for (offset, field) in input.fields.enumerated() {
                let found = input.field(field.location)
                #expect(found?.location == field.location)
                // The first field at a location is the one found.
                let first = input.fields.firstIndex { $0.location == field.location }
                #expect(found?.texts == (first == offset ? field.texts : input.fields[first!].texts))
            }
            for kind in 0...UInt8(40) {
                guard let kind = LocalizedFieldLocation.Field(rawValue: kind) else { continue }
                for index in -1...40 {
                    for subindex in 0...3 {
                        let location = LocalizedFieldLocation(kind, index, subindex)
                        let expected = input.fields.first { $0.location == location }
                        #expect(input.field(location)?.location == expected?.location, "\(location)")
                    }
                }
            }
        }
    }

    @Test func cookieProvidersAnswerAsTheirNames() {
        for policy in Self.policies {
            let input = LintInput(policy)
            for (i, cookie) in policy.cookies.enumerated() {
                guard let provider = cookie.provider else {
                    // A provider the policy does not give is neither the controller nor a recipient.
                    #expect(!input.isController(cookieProvider: i))
                    #expect(input.recipientIndex(ofCookieProvider: i) == nil)
                    continue
                }
                #expect(input.isController(cookieProvider: i) == input.isController(provider))
                #expect(input.recipientIndex(ofCookieProvider: i) == input.recipientIndex(named: provider))
            }
        }
    }

    @Test func latin1NamesLowerAsTheStandardLibraryDoes() {
        var samples = (0...0xFF).map { String(Character(Unicode.Scalar(UInt8($0)))) }
        samples += Self.texts + ["GOOGLE IRELAND LIMITED", "Société Générale", "ÀÉÎÕÜ ß", "A–B “C” …", "€UR"]
        for name in samples {
            let lowered = LowercaseName.latin1Lowercase(name)
            let plain = name.unicodeScalars.allSatisfy {
                $0.value < 0x100 || (0x2010...0x2027).contains($0.value) || $0.value == 0x202F || $0.value == 0x20AC
            }
            #expect((lowered != nil) == plain, "\(name.unicodeScalars.map(\.value))")
            if let lowered {
                #expect(Array(lowered.utf8) == Array(name.lowercased().utf8), "\(name.unicodeScalars.map(\.value))")
                // Read byte by byte, as the name matching reads a name kept as written.
                let bytes = Array(name.utf8)
                let byByte = bytes.indices.map { NameMatching.lowered(bytes[$0], after: $0 > 0 ? bytes[$0 - 1] : 0) }
                #expect(byByte == Array(name.lowercased().utf8), "\(name.unicodeScalars.map(\.value))")
            }
            let lowercase = LowercaseName(name)
            #expect(lowercase.lowercase == name.lowercased())
            #expect(lowercase.isAsWritten == (lowered != nil))
            #expect(lowercase.isPlainLatin == Wording.withBytes(of: name.lowercased()) { NameMatching.isPlainLatin($0) })
        }
    }

    @Test func plainLatinTextsTrimAndReadAsStrings() {
        for text in Self.texts {
            let plain = Wording.withBytes(of: text) { NameMatching.isPlainLatin($0) }
            guard plain else { continue }
            let trimmed = Wording.withBytes(of: text) { Array(PlainLatinWords.trimmed($0)) }
            #expect(trimmed == Array(text.trimmingWhitespace.utf8), "\(text)")
            if let name = Wording.withBytes(of: text, { PlainLatinWords.isName($0) }) {
                #expect(name == LanguageParity.isName(text), "\(text)")
            }
        }
    }

    @Test func firstBytesThatDifferSettleParity() {
        let index = WordingCatalogue.index
        func scanned(_ text: String) -> LintText {
            var hits: [LiteralHit] = []
            let scan = Wording.withBytes(of: text) { index.scan($0, into: &hits) }
            return LintText(languageSlot: 0, code: LanguageCode(.fr), value: text, scan: scan)
        }
        for a in Self.texts {
            for b in Self.texts {
                let texts = [scanned(a), scanned(b)]
                let same = texts.withUnsafeBufferPointer { LanguageParity.sameTrimmed($0, 0, 1) }
                #expect(same == (a.trimmedOfWhitespace == b.trimmedOfWhitespace), "\(a) / \(b)")
                if LanguageParity.certainlyDiffer(texts[0].scan, texts[1].scan) { #expect(!same, "\(a) / \(b)") }
            }
        }
    }

    @Test func sameBytesIsElementsEqual() {
        for a in Self.texts + [""] {
            for b in Self.texts + [""] {
                let same = Wording.withBytes(of: a) { x in Wording.withBytes(of: b) { y in Wording.sameBytes(x, y) } }
                #expect(same == a.utf8.elementsEqual(b.utf8), "\(a) / \(b)")
                let trimmed = Wording.withBytes(of: a) { x in
                    Wording.withBytes(of: b) { y in Wording.sameBytes(ASCIIWords.trimmed(x), ASCIIWords.trimmed(y)) }
                }
                let expected = Wording.withBytes(of: a) { x in
                    Wording.withBytes(of: b) { y in ASCIIWords.trimmed(x).elementsEqual(ASCIIWords.trimmed(y)) }
                }
                #expect(trimmed == expected, "\(a) / \(b)")
            }
        }
    }

    @Test func byteTableHoldsEachBytesLowercase() {
        for value in 0...255 {
            #expect(ASCIITables.lowercase[value] == ASCIITables.lowercased(UInt8(value)))
        }
    }
}
