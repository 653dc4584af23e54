@testable import PolicyRendering
import PolicyGenerator
import PolicyModel
import Testing

/// The UTF-8 readings give what the character readings they replace give, on texts built to hit
/// their edges: marks, spaces of every kind, addresses, combining marks, CR LF, non-Latin scalars.
@Suite struct FastPathTests {
    /// A small deterministic generator (SplitMix64), so a failure can be replayed.
    struct Generator {
        private var random: SplitMix64
        init(state: UInt64) { random = SplitMix64(seed: state) }
        mutating func next() -> UInt64 { random.next() }
        mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
    }

    /// Pieces texts are made of.
    static let pieces: [String] = [
        "a", "B", "é", "É", "z", "I", "7", " ", "  ", "\u{00A0}", "\u{202F}", "\t", "\r", "\n", "\r\n",
        "'", "’", "\"", ";", ":", "!", "?", "«", "»", "« ", " »", "(", ")", "[", "*", ".", ",", "-",
        "@", "://", "www.", "WWW.", "mailto:", "Tel:", "https://x.fr/a?b=c:d", "dpo@ex.fr", "10:30",
        "\u{0301}", "e\u{0301}", "\u{037E}", "ë", "û", "\u{20AB}", "\u{2010}", "ß", "İ", "ǅ", "Ω", "日本",
        "👍🏽", "\u{200D}", "\u{0085}", "Nom", "Adresse", "LinkedIn", "HTTPS", "Google Analytics", "Vous",
        "l'agence", "d’accès", "=", "#", "==", "n° 7", "N°", "°", " 1", "ð",
    ]

    static func texts(count: Int, seed: UInt64) -> [String] {
        var generator = Generator(state: seed)
        return (0..<count).map { _ in
            let length = Int(generator.next() % 9)
            return (0..<length).map { _ in generator.pick(pieces) }.joined()
        }
    }

    @Test func frenchTypographyOnUTF8MatchesTheCharacterRules() {
        for text in Self.texts(count: 20_000, seed: 1) {
            let reference = String(FrenchTypography.apply(Array(text)))
            #expect(FrenchTypography.apply(text).utf8.elementsEqual(reference.utf8), "\(text.debugDescription)")
        }
    }

    @Test func runningTextOnUTF8MatchesTheCharacterReading() {
        let composer = Composer(policy: SampleModel.policy, language: .fr, templates: Templates.shipped)
        for text in Self.texts(count: 20_000, seed: 2) + ["Nom et prénom", "Google Analytics", "I am", "(Facebook) pages"] {
            #expect(
                composer.inRunningText(text).utf8.elementsEqual(composer.inRunningTextByCharacter(text).utf8),
                "\(text.debugDescription)")
        }
    }

    @Test func properNameWordsCompareAsStrings() {
        let words = ProperNameWords(["Café", "Cafe\u{301}s", "Google", "", "日本"])
        for word in ["Café", "Cafe\u{301}", "Caf\u{E9}s", "Google", "google", "日本", "Other"] {
            let expected = Set(["Café", "Cafe\u{301}s", "Google", "", "日本"]).contains(word)
            #expect(words.contains(word) == expected, "\(word.debugDescription)")
            var bytes = word
            if bytes.withUTF8({ SingleScalarText.matches($0) }) {
                #expect(bytes.withUTF8 { words.contains($0) } == expected, "\(word.debugDescription)")
            }
        }
    }

    @Test func templateLinesAreCutAsCharactersCutThem() {
        for text in Self.texts(count: 20_000, seed: 3) {
            let line = Substring(text)
            #expect(String(TemplateFile.trimmed(line)) == String(line.trimmingSpaces), "\(text.debugDescription)")
            #expect(TemplateFile.isComment(line) == line.hasPrefix("#"), "\(text.debugDescription)")
            let equals = TemplateFile.firstEquals(line).map { line.distance(from: line.startIndex, to: $0) }
            let reference = line.firstIndex(of: "=").map { line.distance(from: line.startIndex, to: $0) }
            #expect(equals == reference, "\(text.debugDescription)")
            #expect(
                TemplateFile.lines(of: text) == text.split(separator: "\n", omittingEmptySubsequences: false),
                "\(text.debugDescription)")
            #expect(TemplateKeys.isWellFormed(text) == Self.isWellFormedByCharacter(text), "\(text.debugDescription)")
        }
    }

    @Test func capitalizedFirstMatchesTheCharacterForm() {
        for text in Self.texts(count: 5_000, seed: 4) + ["un an", "ßa", "\u{0345}x", "a\u{0345}"] {
            #expect(text.capitalizedFirst.utf8.elementsEqual((text.prefix(1).uppercased() + text.dropFirst()).utf8))
        }
    }

    @Test func trimmingSpacesOfAStringMatchesTheCharacterForm() {
        for text in Self.texts(count: 5_000, seed: 5) {
            #expect(text.trimmingSpaces == String(text[...].trimmingSpaces), "\(text.debugDescription)")
        }
    }

    @Test func headingKeysAreTheSectionNames() {
        for section in StatementSection.allCases {
            let short: [StatementSection: String] = [
                .atAGlance: "glance", .dataProtectionOfficer: "dpo", .dataCollected: "data",
                .provisionRequirement: "provision", .postMortemDirectives: "postMortem",
            ]
            #expect(SectionHeadings.key(for: section) == (short[section] ?? String(describing: section)) + ".heading")
        }
    }

    @Test func singleScalarWhitespaceIsTheUnicodeProperty() {
        for range in [0...0x2FF, 0x2010...0x2027, 0x202F...0x205E, 0x20A0...0x20C0] {
            for value in range where value != 0x0D {
                let scalar = Unicode.Scalar(UInt32(value))!
                #expect(FrenchTypography.ScalarWriter.isWhitespace(scalar.value) == scalar.isWhitespace, "\(value)")
            }
        }
    }

    /// `TemplateKeys.isWellFormed` as it was written on characters.
    static func isWellFormedByCharacter(_ key: String) -> Bool {
        guard let first = key.first, first.isASCII, first.isLetter else { return false }
        return key.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == ".") }
    }
}
