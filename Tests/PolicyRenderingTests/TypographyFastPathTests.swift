@testable import PolicyRendering
import PolicyGenerator
import PolicyModel
import Testing

/// The fast paths of running text and French typography for Latin letters beyond ASCII, against the
/// `Character` properties and the character readings they stand in for.
@Suite struct RunningTextFastPathTests {
    /// Every scalar the Latin tables cover answers what `Character` and `Unicode.Scalar` answer.
    @Test func latinTablesAnswerAsCharacterDoes() {
        for value in LatinCharacterProperties.scalars {
            let scalar = Unicode.Scalar(value)!
            let character = Character(scalar)
            #expect(LatinCharacterProperties.isUppercase(value) == character.isUppercase, "U+\(String(value, radix: 16))")
            #expect(LatinCharacterProperties.isLowercase(value) == character.isLowercase, "U+\(String(value, radix: 16))")
            #expect(LatinCharacterProperties.isLetter(value) == character.isLetter, "U+\(String(value, radix: 16))")
            #expect(
                LatinCharacterProperties.isLetterOrNumber(value) == (character.isLetter || character.isNumber),
                "U+\(String(value, radix: 16))")
            #expect(LatinCharacterProperties.isLetterOrNumber(value) == scalar.isLetterOrNumber, "U+\(String(value, radix: 16))")
        }
    }

    /// The running-text properties agree with `Character` on every scalar up to U+07FF and on samples beyond.
    @Test func runningTextPropertiesAnswerAsCharacterDoes() {
        let values = Array(0x00...0x7FF) + [0x1E9E, 0x2010, 0x2126, 0x212A, 0x2160, 0xFB01]
        for value in values.map(UInt32.init) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let character = Character(scalar)
            #expect(RunningText.isUppercase(value) == character.isUppercase, "U+\(String(value, radix: 16))")
            #expect(RunningText.isLowercase(value) == character.isLowercase, "U+\(String(value, radix: 16))")
            #expect(RunningText.isLetter(value) == character.isLetter, "U+\(String(value, radix: 16))")
            #expect(
                RunningText.isLetterOrNumber(value) == (character.isLetter || character.isNumber), "U+\(String(value, radix: 16))")
        }
    }

    /// Lowering an ASCII capital from the bytes gives what lowering the first character gives.
    @Test func loweringTheFirstASCIILetterMatchesLoweringTheFirstCharacter() {
        let short = ["", "a", "dresse", " électronique", "É", "\u{0301}", "«\u{00A0}x\u{00A0}»", "\u{202F}!", "œuvre", "日本"]
        // Texts of every length around a small string's fifteen bytes, and long ones.
        let long = (0..<40).map { String(repeating: "é", count: $0 / 2) + String(repeating: "x", count: $0 % 2) }
            + ["dresse électronique du délégué à la protection des données", String(repeating: "ab ", count: 200)]
        let rests = short + long
        for first in UInt8(ascii: "A")...UInt8(ascii: "Z") {
            for rest in rests {
                var text = String(UnicodeScalar(first)) + rest
                let reference = RunningText.loweringFirstCharacter(text)
                let lowered = text.withUTF8 { RunningText.loweringFirstASCIILetter($0) }
                #expect(lowered.utf8.elementsEqual(reference.utf8), "\(text.debugDescription)")
            }
        }
    }

    /// Running text read on UTF-8 with Latin letters of every case at the start of the first two
    /// words gives what the reading by characters gives.
    @Test func runningTextWithLatinLettersMatchesTheCharacterReading() {
        let composer = Composer(policy: SampleModel.policy, language: .fr, templates: Templates.shipped)
        let letters = ["À", "à", "É", "é", "Œ", "œ", "Ÿ", "ÿ", "ª", "º", "µ", "ĸ", "ŉ", "ſ", "Ç", "ç", "ß", "×", "÷", "½", "²",
                       "Ĳ", "ĳ", "Ŀ", "ŀ", "Ș", "ǅ", "Ω", "A", "a", "(", "1", "\u{00A0}", "\u{0301}"]
        var texts: [String] = ["", " ", "  "]
        for a in letters {
            for b in letters {
                texts += [a + b + "cd efg", a + "bc " + b + "de", "X" + a + b + " y", "Ab " + a + b, a + " " + b, " " + a + "x y"]
            }
        }
        for text in texts {
            #expect(
                composer.inRunningText(text).utf8.elementsEqual(composer.inRunningTextByCharacter(text).utf8),
                "\(text.debugDescription)")
        }
    }
}

/// The eight-byte step of ``SingleScalarText/matches(_:)`` and the byte arena of
/// ``ProperNameWordTable``, against readings byte by byte and by strings.
@Suite struct TypographyScanFastPathTests {
    /// ``SingleScalarText/matches(_:)`` as first written, one scalar after another.
    static func matchesByScalar(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                if lead == 0x0D { return false }
                index += 1
            } else if lead < 0xE0 {
                if lead > 0xCB { return false }
                index += 2
            } else if lead < 0xF0 {
                if !SingleScalarText.isSingleScalar(RunningText.scalar(bytes, at: index).0) { return false }
                index += 3
            } else {
                return false
            }
        }
        return true
    }

    @Test func singleScalarTextMatchesAsReadScalarByScalar() {
        var generator = FastPathTests.Generator(state: 41)
        let pieces = FastPathTests.pieces + ["abcdefgh", "abcdefghijklmnop", "\r", "\u{7F}", "\u{0}", "\u{0C}", "\u{0E}", "\u{8D}", "œ"]
        for _ in 0..<20_000 {
            let length = Int(generator.next() % 12)
            var text = (0..<length).map { _ in generator.pick(pieces) }.joined()
            let (fast, reference) = text.withUTF8 { (SingleScalarText.matches($0), Self.matchesByScalar($0)) }
            #expect(fast == reference, "\(text.debugDescription)")
        }
        // CR at every offset of a run of ASCII.
        for length in 0..<24 {
            for position in 0...length {
                var text = String(repeating: "a", count: position) + "\r" + String(repeating: "b", count: length - position)
                #expect(!text.withUTF8 { SingleScalarText.matches($0) }, "\(text.debugDescription)")
            }
            var plain = String(repeating: "a", count: length)
            #expect(plain.withUTF8 { SingleScalarText.matches($0) })
        }
    }

    /// Words kept as bytes are found by bytes and by strings as a set of strings finds them, through growth.
    @Test func wordTableAnswersAsASetOfStrings() {
        var generator = FastPathTests.Generator(state: 42)
        let letters = ["a", "b", "é", "É", "œ", "x", "", "Cafe\u{301}", "Café", "日本", "ß", "I"]
        let words = (0..<400).map { _ in (0..<Int(generator.next() % 4)).map { _ in generator.pick(letters) }.joined() }
        var table = ProperNameWordTable(expectedCount: 3)
        var reference: Set<String> = []
        for word in words.prefix(200) {
            table.insert(word)
            reference.insert(word)
        }
        let set = ProperNameWords(table)
        for word in words {
            #expect(set.contains(word) == reference.contains(word), "\(word.debugDescription)")
            var bytes = word
            if bytes.withUTF8({ SingleScalarText.matches($0) }) {
                #expect(bytes.withUTF8 { set.contains($0) } == reference.contains(word), "\(word.debugDescription)")
            }
        }
    }
}
