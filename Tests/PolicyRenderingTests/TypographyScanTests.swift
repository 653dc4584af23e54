@testable import PolicyRendering
import PolicyGenerator
import PolicyModel
import Testing

/// The sixteen-byte scans of French typography (``FrenchTypography/ByteScan``) and the typesetter's
/// `nil` answers, against the character rules they stand in for, on texts long enough to span blocks.
@Suite struct TypographyScanTests {
    /// Texts of up to `maxPieces` pieces of ``FastPathTests/pieces``, separated by words and spaces
    /// so that marks fall at every offset of a block, and at both ends.
    static func longTexts(count: Int, seed: UInt64, maxPieces: Int = 40) -> [String] {
        var generator = FastPathTests.Generator(state: seed)
        let filler = ["", " ", "données ", "abcdefghijklmno", "l’accès ", "é", "  "]
        return (0..<count).map { _ in
            let length = Int(generator.next() % UInt64(maxPieces + 1))
            return (0..<length).map { _ in generator.pick(FastPathTests.pieces) + generator.pick(filler) }.joined()
        }
    }

    /// The typesetter answers what the character rules give, and `nil` exactly when they give the text back.
    @Test func typesetterMatchesTheCharacterRulesAndAnswersNilForUnchangedText() {
        var typesetter = FrenchTypography.Typesetter()
        for text in Self.longTexts(count: 10_000, seed: 11) + FastPathTests.texts(count: 10_000, seed: 12) {
            let reference = String(FrenchTypography.apply(Array(text)))
            let answer = typesetter.typeset(text)
            #expect((answer ?? text).utf8.elementsEqual(reference.utf8), "\(text.debugDescription)")
            #expect((answer == nil) == reference.utf8.elementsEqual(text.utf8), "\(text.debugDescription)")
        }
    }

    /// A text with no byte of a mark is one the character rules give back as it is.
    @Test func textWithoutAMarkByteIsLeftAsItIs() {
        for text in Self.longTexts(count: 20_000, seed: 13) {
            var bytes = text
            guard !bytes.withUTF8({ FrenchTypography.ByteScan.mayHaveMark($0) }) else { continue }
            #expect(String(FrenchTypography.apply(Array(text))).utf8.elementsEqual(text.utf8), "\(text.debugDescription)")
        }
    }

    /// The scans agree with reading every byte, on every byte value at every offset.
    @Test func scansAgreeWithReadingByteByByte() {
        var generator = FastPathTests.Generator(state: 14)
        let markBytes: Set<UInt8> = [0x21, 0x22, 0x27, 0x3A, 0x3B, 0x3F, 0xAB, 0xB0, 0xBB, 0xCD]
        for _ in 0..<20_000 {
            let length = Int(generator.next() % 50)
            // Mostly letters, with a byte of any value now and then.
            let bytes: [UInt8] = (0..<length).map { _ in
                generator.next() % 8 == 0 ? UInt8(truncatingIfNeeded: generator.next()) : UInt8(0x61 + generator.next() % 26)
            }
            let start = length == 0 ? 0 : Int(generator.next() % UInt64(length))
            bytes.withUnsafeBufferPointer { buffer in
                #expect(FrenchTypography.ByteScan.mayHaveMark(buffer) == bytes.contains(where: markBytes.contains), "\(bytes)")
                let expected = bytes.indices.dropFirst(start).first {
                    if case .plain = FrenchTypography.ByteKind(bytes[$0]) { false } else { true }
                } ?? length
                #expect(FrenchTypography.ByteScan.firstNotPlain(buffer, from: start) == expected, "\(bytes) from \(start)")
            }
        }
    }

    /// Every text of the French outlines of generated policies, before typography, is typeset as the
    /// character rules typeset it.
    @Test func generatedFrenchTextsMatchTheCharacterRules() {
        let generator = PolicyGenerator(seed: 7)
        var typesetter = FrenchTypography.Typesetter()
        var checked = 0
        let check: (String) -> String? = { text in
            let reference = String(FrenchTypography.apply(Array(text)))
            let answer = typesetter.typeset(text)
            #expect((answer ?? text).utf8.elementsEqual(reference.utf8), "\(text.debugDescription)")
            #expect((answer == nil) == reference.utf8.elementsEqual(text.utf8), "\(text.debugDescription)")
            checked += 1
            return nil
        }
        for index in 1...10 {
            // The outline's texts as ``OutlineBuilder`` has them before it typesets them.
            let c = Composer(policy: generator.policy(index: index), language: .fr, templates: Templates.shipped)
            _ = check(c.string(.pageTitle, ("controller", c.controllerName)))
            _ = check(c.string(.pageContents))
            _ = check(c.string(.pageTranslations))
            var lastUpdated = ChangesSection.lastUpdated(c)
            lastUpdated.typesetText(check)
            for var section in OutlineBuilder.builders.compactMap({ $0.section(c) }) {
                section.heading.typesetText(check)
                for block in section.blocks.indices { section.blocks[block].typesetText(check) }
            }
        }
        #expect(checked > 1_000)
    }
}
