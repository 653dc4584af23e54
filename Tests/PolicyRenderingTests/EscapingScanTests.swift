@testable import PolicyRendering
import PolicyGenerator
import Testing

/// The escaping scans read sixteen bytes per test and the last few as overlapping pieces; these
/// compare them with the string escapers they replaced (kept in `Legacy/`) on texts long enough to
/// fill several blocks, with every kind of byte at every distance from a block's edges.
@Suite struct EscapingScanTests {
    /// Scalars of every kind the scans treat apart: every scalar below U+0100 (so every ASCII byte
    /// and every `C2`/`C3` sequence), the direction marks, overrides and isolates, the line and
    /// paragraph separators, U+FEFF and its neighbours, and scalars of three and four bytes.
    static let singles: [String] = {
        var scalars = (0...0xFF).compactMap { Unicode.Scalar($0).map { String($0) } }
        scalars += [
            0x200D, 0x200E, 0x200F, 0x2010, 0x2019, 0x2027, 0x2028, 0x2029, 0x202A, 0x202E, 0x202F, 0x2066, 0x2069,
            0x206A, 0xFEFE, 0xFEFF, 0xFF00, 0x1F600,
        ].map { String(Unicode.Scalar($0)!) }
        return scalars
    }()

    /// Each single at each place of a text of `length` plain bytes, for lengths across one, two and
    /// three blocks.
    static func textsWithOneOfEach(lengths: [Int]) -> [String] {
        var texts: [String] = []
        for length in lengths {
            let plain = String(repeating: "a", count: length)
            for single in singles {
                for place in stride(from: 0, through: length, by: max(1, length / 11)) {
                    texts.append(String(plain.prefix(place)) + single + String(plain.dropFirst(place)))
                }
            }
        }
        return texts
    }

    @Test func oneSpecialAnywhereEscapesAsBefore() {
        for text in Self.textsWithOneOfEach(lengths: [0, 1, 3, 7, 8, 14, 15, 16, 17, 31, 32, 33, 47]) {
            #expect(text.escapedForHTML == text.legacyEscapedForHTML, "\(Array(text.unicodeScalars))")
            #expect(text.escapedForMarkdown == text.legacyEscapedForMarkdown, "\(Array(text.unicodeScalars))")
        }
    }

    @Test func everyPlaceAroundTheBlockEdgesEscapesAsBefore() {
        // Every distance from 0 to 40 bytes, so a stop falls on every lane of the first blocks and
        // of the last, overlapping pieces.
        for single in ["<", "&", "*", "\n", "\u{0}", "\u{7F}", "\u{85}", "\u{202E}", "\u{2028}", "\u{FEFF}", "’", "é"] {
            for before in 0...40 {
                for after in [0, 1, 5, 8, 15, 16, 23] {
                    let text = String(repeating: "b", count: before) + single + String(repeating: "c", count: after)
                    #expect(text.escapedForHTML == text.legacyEscapedForHTML, "\(before) \(after) \(single.debugDescription)")
                    #expect(
                        text.escapedForMarkdown == text.legacyEscapedForMarkdown, "\(before) \(after) \(single.debugDescription)")
                }
            }
        }
    }

    @Test func longRandomTextsEscapeAsBefore() {
        var random = SplitMix64(seed: 44)
        let pieces = Self.singles + ByteWriterTests.pieces + ["Les données", " personnelles", "\u{00A0}:", "l’agence"]
        for _ in 0..<4000 {
            let count = Int(random.next() % 40)
            let text = (0..<count).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            #expect(text.escapedForHTML == text.legacyEscapedForHTML, "\(Array(text.unicodeScalars))")
            #expect(text.escapedForMarkdown == text.legacyEscapedForMarkdown, "\(Array(text.unicodeScalars))")
            var output = UTF8Output()
            let bytes = Array(text.utf8)
            let found = output.appendTellingControls(text, escapedFor: .markdown)
            #expect(found == bytes.withUnsafeBufferPointer { String.containsControl($0) }, "\(Array(text.unicodeScalars))")
            #expect(output.string == text.legacyEscapedForMarkdown, "\(Array(text.unicodeScalars))")
        }
    }

    /// Texts escaped after earlier output, into buffers too small for them, so the in-place copy starts
    /// past the buffer's start and the buffer grows in the middle of an escaped text.
    @Test func escapingAfterEarlierOutputAndWhileGrowingWritesAsBefore() {
        var random = SplitMix64(seed: 46)
        let pieces = Self.singles + ["Les données", " personnelles", "\u{00A0}:", "l’agence", "<b>", "*x*"]
        for round in 0..<2000 {
            let count = Int(random.next() % 60)
            let text = (0..<count).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            let prefix = String(repeating: "p", count: [1, 5, 15, 16, 17, 61][round % 6])
            for html in [true, false] {
                var output = UTF8Output(capacity: 1 + round % 24)
                output.append(raw: prefix)
                output.append(text, escapedFor: html ? .html : .markdown)
                output.append(raw: "|")
                output.append(text, escapedFor: html ? .html : .markdown)
                let escaped = html ? text.legacyEscapedForHTML : text.legacyEscapedForMarkdown
                #expect(output.string == prefix + escaped + "|" + escaped, "\(html) \(Array(text.unicodeScalars))")
            }
        }
    }

    @Test func asciiLinkDestinationsEscapeAsTheCharacterReading() {
        var random = SplitMix64(seed: 45)
        let pieces = ["a", "/", "(", ")", "<", ">", "\\", " ", "\t", "\n", "\u{7F}", "%20", "https://x.fr/", "_"]
        for _ in 0..<2000 {
            let count = Int(random.next() % 30)
            let address = (0..<count).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            var output = UTF8Output()
            output.append(address, escapedFor: .markdownDestination)
            #expect(output.string == MarkdownWriter.destination(address), "\(address.debugDescription)")
        }
    }
}

/// The pieces the scans read and write a few bytes at a time cover exactly the run they are given.
@Suite struct ShortRunTests {
    @Test func classesOfARunAreThoseOfItsBytesOnly() {
        let output = UTF8Output()
        let table = UnsafePointer(output.byteClasses)
        let special = UInt8(ascii: "<")
        for count in 1...16 {
            // Specials just outside the run, on both sides, must not count.
            var bytes = [UInt8](repeating: special, count: count + 2)
            for index in 1...count { bytes[index] = UInt8(ascii: "a") }
            bytes.withUnsafeBufferPointer { buffer in
                let start = buffer.baseAddress! + 1
                #expect(classes(start, count, table) == 0, "\(count)")
            }
            for place in 1...count {
                bytes[place] = special
                bytes.withUnsafeBufferPointer { buffer in
                    let start = buffer.baseAddress! + 1
                    #expect(classes(start, count, table) == table[Int(special)], "\(count) \(place)")
                }
                bytes[place] = UInt8(ascii: "a")
            }
        }
    }

    /// The classes the scans read for `count` bytes: sixteen at once, or a short run.
    private func classes(_ start: UnsafePointer<UInt8>, _ count: Int, _ table: UnsafePointer<UInt8>) -> UInt8 {
        count == 16 ? ByteClasses.ofSixteen(at: start, in: table) : ByteClasses.ofShortRun(at: start, count: count, in: table)
    }

    @Test func copiesWriteTheRunAndNothingAround() {
        let source = (0..<16).map { UInt8(0x41 + $0) }
        for count in 1...16 {
            var target = [UInt8](repeating: 0, count: 20)
            source.withUnsafeBufferPointer { from in
                target.withUnsafeMutableBufferPointer { to in
                    if count == 16 {
                        ShortRun.copySixteen(from: from.baseAddress!, to: to.baseAddress! + 2)
                    } else {
                        ShortRun.copy(from: from.baseAddress!, to: to.baseAddress! + 2, count: count)
                    }
                }
            }
            #expect(Array(target[2..<(2 + count)]) == Array(source[0..<count]), "\(count)")
            #expect(target[0..<2].allSatisfy { $0 == 0 } && target[(2 + count)...].allSatisfy { $0 == 0 }, "\(count)")
        }
    }

    @Test func theTableMarksExactlyTheSpecialsAndTheControls() {
        let output = UTF8Output()
        for byte in 0...255 {
            let classes = output.byteClasses[byte]
            let scalar = Character(Unicode.Scalar(UInt8(byte)))
            let control = byte < 0x20 || byte == 0x7F || byte == 0xC2 || byte == 0xE2 || byte == 0xEF
            #expect((classes & 1 != 0) == control, "\(byte)")
            #expect((classes & HTMLSpecials.byteClass != 0) == (byte < 0x80 && "&<>\"'".contains(scalar)), "\(byte)")
            #expect(
                (classes & MarkdownSpecials.byteClass != 0)
                    == (byte < 0x80 && String.legacyMarkdownSpecials.contains(scalar)), "\(byte)")
            #expect((classes & DestinationSpecials.byteClass != 0) == (byte < 0x80 && "()<>\\ ".contains(scalar)), "\(byte)")
        }
    }
}
