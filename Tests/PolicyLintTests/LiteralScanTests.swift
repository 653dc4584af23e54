import Testing

@testable import PolicyLint

/// The literal scan (``LiteralIndex/scan(_:into:)``) against the plain reading it stands for: every
/// position whose four lowercased bytes are a key, in order, and the byte classes read one byte at a
/// time. Random texts mix the catalogue's keys, ASCII, white space and characters past ASCII (some
/// folding to ASCII letters), at every length around the eight-byte steps of ``ASCIIRuns``.
@Suite struct LiteralScanTests {
    /// Byte sequences the texts are built from.
    static let pieces: [[UInt8]] = {
        var pieces: [[UInt8]] = ["a", "B", " ", "\t", "\n", "é", "ß", "ſ", "K", "ﬁ", "€", "–", "x", "0", "_", "\r"]
            .map { Array($0.utf8) }
        pieces += [[0xC3], [0x9F], [0xE1, 0xBA], [0xEF, 0xAC, 0x80], [0xFF], [0x80]]
        // Bytes that fold (set bit 0x20) like a key's bytes without lowercasing to them: the filter
        // lets their windows through, and the lowercased window turns them away.
        pieces += ["@", "`", "[", "{", "\u{0}", "DATA", "D@T@", "d`t`"].map { Array($0.utf8) }
        pieces += [[0xE3], [0x89], [0xC9], [0x64, 0xC3, 0x89], [0x64, 0xE3, 0x89]]
        // Characters plain Latin allows or not (``TextScan/isPlainLatin``).
        pieces += ["’", "…", "\u{202F}", "→", "\u{0301}", "ǅ", "ŀ", "\u{00A0}"].map { Array($0.utf8) }
        pieces += WordingMatcherTests.texts.map { Array($0.utf8) }
        return pieces
    }()

    struct Generator {
        var state: UInt64

        mutating func below(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    /// What the scan records, read one byte at a time.
    static func expected(_ bytes: [UInt8], _ index: LiteralIndex) -> (hits: [Int], isASCII: Bool, visible: Bool, folds: Bool) {
        var hits: [Int] = []
        var window: UInt32 = 0
        for (position, byte) in bytes.enumerated() {
            window = window << 8 | UInt32(ASCIITables.lowercased(byte))
            if index.knows(window) { hits.append(position - 3) }
        }
        let folds = bytes.withUnsafeBufferPointer { buffer in
            buffer.indices.contains { buffer[$0] >= 0xC3 && LiteralIndex.foldsToASCII(buffer, at: $0) }
        }
        return (
            hits, bytes.allSatisfy { $0 < 0x80 }, bytes.contains { $0 < 0x80 && !ASCIITables.isWhitespace($0) },
            folds
        )
    }

    @Test func scanFindsWhatAByteByByteReadingFinds() {
        let index = WordingCatalogue.index
        var generator = Generator(state: 7)
        for round in 0..<3000 {
            var bytes: [UInt8] = []
            for _ in 0..<generator.below(round % 40 + 1) { bytes += Self.pieces[generator.below(Self.pieces.count)] }
            var hits: [LiteralHit] = [LiteralHit(position: 0, key: 0)]
            let scan = bytes.withUnsafeBufferPointer { index.scan($0, into: &hits) }
            let expected = Self.expected(bytes, index)
            #expect(scan.hits == 1..<hits.count)
            #expect(hits[scan.hits].map { Int($0.position) } == expected.hits, "\(bytes)")
            #expect(scan.isASCII == expected.isASCII, "\(bytes)")
            #expect(scan.hasVisibleASCII == expected.visible, "\(bytes)")
            #expect(scan.foldsToASCII == expected.folds, "\(bytes)")
            #expect(scan.firstByte == (bytes.first ?? 0))
            let patterns = hits[scan.hits].reduce(UInt64(0)) { bits, hit in
                WordingCatalogue.all.reduce(bits) { bits, pattern in
                    guard let keys = pattern.keys, keys.contains(hit.key), let signature = pattern.keySignature,
                        let bit = index.patternBit(signature)
                    else { return bits }
                    return bits | bit
                }
            }
            #expect(scan.patterns == patterns, "\(bytes)")
            let keyBits = hits[scan.hits].reduce(UInt64(0)) { $0 | LiteralIndex.keyBit($1.key) }
            #expect(scan.keyBits == keyBits, "\(bytes)")
            // Plain Latin is read from the lead bytes, as in a string's bytes (well-formed UTF-8).
            if String(decoding: bytes, as: UTF8.self).utf8.elementsEqual(bytes) {
                let plain = bytes.withUnsafeBufferPointer { NameMatching.isPlainLatin($0) }
                #expect(scan.isPlainLatin == (plain && !expected.folds), "\(bytes)")
            }
        }
    }

    /// An index with more keys than a filter byte can name (``LiteralIndex/windowKeys`` holds 254):
    /// the windows of the keys past them are lowercased and looked up, and the scan still finds what
    /// the byte-by-byte reading finds, keys included.
    @Test func scanOfALargeIndexFindsWhatAByteByByteReadingFinds() {
        var generator = Generator(state: 11)
        let letters = Array("abcdefghij-'".utf8)
        var words: [[UInt8]] = []
        while words.count < 400 {
            let word = (0..<4 + generator.below(3)).map { _ in letters[generator.below(letters.count)] }
            if !words.contains(where: { $0.prefix(4) == word.prefix(4) }) { words.append(word) }
        }
        let patterns = words.map { WordingPattern(stringLiteral: String(decoding: $0, as: UTF8.self)) }
        let index = LiteralIndex(patterns: patterns)
        for round in 0..<2000 {
            var bytes: [UInt8] = []
            for _ in 0..<generator.below(round % 30 + 1) {
                var piece = generator.below(3) == 0 ? Self.pieces[generator.below(Self.pieces.count)] : words[generator.below(words.count)]
                // Either case: the scan ignores it, as the patterns do.
                if generator.below(2) == 0 { piece = piece.map { $0 &- UInt8(ascii: "a") < 26 ? $0 - 0x20 : $0 } }
                bytes += piece
            }
            var hits: [LiteralHit] = []
            let scan = bytes.withUnsafeBufferPointer { index.scan($0, into: &hits) }
            let expected = Self.expected(bytes, index)
            #expect(hits[scan.hits].map { Int($0.position) } == expected.hits, "\(bytes)")
            let keys = expected.hits.map { start in
                bytes[start..<start + 4].reduce(UInt32(0)) { $0 << 8 | UInt32(ASCIITables.lowercased($1)) }
            }
            #expect(hits[scan.hits].map(\.key) == keys, "\(bytes)")
        }
    }

    @Test func firstNonASCIIIsTheFirstHighByte() {
        var generator = Generator(state: 3)
        for length in 0..<40 {
            for _ in 0..<30 {
                let bytes = (0..<length).map { _ in UInt8(generator.below(8) == 0 ? 0x80 + generator.below(128) : generator.below(128)) }
                bytes.withUnsafeBufferPointer { buffer in
                    for start in 0...length {
                        let expected = (start..<length).first { bytes[$0] >= 0x80 } ?? length
                        #expect(ASCIIRuns.firstNonASCII(in: buffer, from: start) == expected, "\(bytes) from \(start)")
                    }
                }
            }
        }
    }
}
