/// ``LanguageParity``'s reading of ASCII texts, on bytes: characters there are single bytes (a
/// `\r\n` pair is one character, white space like each of its bytes).
enum ASCIIWords {
    /// Whether two texts certainly differ, trimmed or not, under canonical equivalence: after a common
    /// prefix of bytes, each has an ASCII character that is not white space, and they are different.
    ///
    /// An ASCII character is a starter that nothing composes with, so canonical decomposition keeps it
    /// in place after the identical decomposition of the common prefix: the decompositions differ
    /// there. Neither character is white space, so neither lies in a trimmed end.
    static func differ(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = min(x.count, y.count)
        while index < count, x[index] == y[index] { index += 1 }
        guard index < count else { return false }
        let a = x[index]
        let b = y[index]
        return a < 0x80 && b < 0x80 && !ASCIITables.isWhitespace(a) && !ASCIITables.isWhitespace(b)
    }

    /// The bytes without the white space at either end.
    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> Slice<UnsafeBufferPointer<UInt8>> {
        var start = 0
        var end = bytes.count
        while start < end, ASCIITables.isWhitespace(bytes[start]) { start += 1 }
        while end > start, ASCIITables.isWhitespace(bytes[end - 1]) { end -= 1 }
        return bytes[start..<end]
    }

    /// ``LanguageParity/isName(_:)`` for an ASCII text: fewer than four words, or no word that reads
    /// as prose (four letters or more, the first lowercase, neither `@` nor `://`).
    static func isName(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var words = 0
        var prose = false
        var index = 0
        while index < bytes.count {
            while index < bytes.count, ASCIITables.isWhitespace(bytes[index]) { index += 1 }
            guard index < bytes.count else { break }
            let start = index
            while index < bytes.count, !ASCIITables.isWhitespace(bytes[index]) { index += 1 }
            words += 1
            if !prose, isProse(bytes[start..<index]) { prose = true }
        }
        return words < 4 || !prose
    }

    private static func isProse(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        var letters = 0
        var firstLetter: UInt8? = nil
        for byte in word {
            if (byte | 0x20) &- UInt8(ascii: "a") < 26 {
                letters += 1
                if firstLetter == nil { firstLetter = byte }
            }
            if byte == UInt8(ascii: "@") { return false }
        }
        guard letters >= 4, let first = firstLetter, first &- UInt8(ascii: "a") < 26 else { return false }
        return !containsScheme(word)
    }

    private static func containsScheme(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        var index = word.startIndex
        while index + 2 < word.endIndex {
            if word[index] == UInt8(ascii: ":"), word[index + 1] == UInt8(ascii: "/"), word[index + 2] == UInt8(ascii: "/") {
                return true
            }
            index += 1
        }
        return false
    }
}
