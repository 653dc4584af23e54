/// ``LanguageParity``'s reading of plain Latin texts (``NameMatching/isPlainLatin(_:)``), on bytes.
///
/// Such a text is in canonical composition (none of its characters decomposes into another of the
/// set followed by a mark, and none is a mark), so two of them are canonically equivalent exactly
/// when their bytes are equal, and each character is one scalar (a `\r\n` pair aside, white space
/// like each of its bytes). Its white space characters are ASCII white space, U+0085, U+00A0 and
/// U+202F: `Character.isWhitespace` says so of no other character of the set.
enum PlainLatinWords {
    /// The bytes without the white space at either end.
    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> Slice<UnsafeBufferPointer<UInt8>> {
        var start = 0
        var end = bytes.count
        while start < end {
            let length = whitespaceLength(bytes, at: start)
            guard length > 0 else { break }
            start += length
        }
        while end > start {
            let length = whitespaceLength(bytes, endingAt: end)
            guard length > 0 else { break }
            end -= length
        }
        return bytes[start..<end]
    }

    /// ``LanguageParity/isName(_:)`` for a plain Latin text, or `nil` when the bytes do not settle it
    /// (the text is not plain Latin, or a word that may read as prose begins with a letter other than
    /// an ASCII or Latin-1 one). Characters are scalars here, so a letter is an alphabetic scalar: ASCII
    /// letters, `ª`, `µ`, `º`, U+00C0–U+00FF but `×` and `÷`, and U+0100–U+017F; a Latin-1 letter
    /// is lowercase from U+00DF on.
    static func isName(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard NameMatching.isPlainLatin(bytes) else { return nil }
        var words = 0
        var prose = false
        var undecided = false
        var index = 0
        let count = bytes.count
        while index < count {
            while index < count {
                let length = whitespaceLength(bytes, at: index)
                guard length > 0 else { break }
                index += length
            }
            guard index < count else { break }
            let start = index
            while index < count, whitespaceLength(bytes, at: index) == 0 { index += characterLength(bytes[index]) }
            words += 1
            if !prose {
                switch isProse(bytes[start..<index]) {
                case true?: prose = true
                case nil: undecided = true
                case false?: break
                }
            }
        }
        if words < 4 { return true }
        if prose { return false }
        return undecided ? nil : true
    }

    /// The length in bytes of the character whose first byte is `byte`.
    private static func characterLength(_ byte: UInt8) -> Int {
        byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
    }

    /// Whether a word reads as prose: four letters or more, the first lowercase, neither `@` nor `://`;
    /// `nil` when its first letter is one whose case the bytes do not tell here.
    private static func isProse(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> Bool? {
        var letters = 0
        // The first letter: 1 lowercase, 2 not lowercase, 3 unknown.
        var first = 0
        var index = word.startIndex
        while index < word.endIndex {
            let byte = word[index]
            if byte == UInt8(ascii: "@") { return false }
            if byte == UInt8(ascii: ":"), index + 2 < word.endIndex, word[index + 1] == UInt8(ascii: "/"),
                word[index + 2] == UInt8(ascii: "/")
            {
                return false
            }
            if byte < 0x80 {
                if (byte | 0x20) &- UInt8(ascii: "a") < 26 {
                    letters += 1
                    if first == 0 { first = byte &- UInt8(ascii: "a") < 26 ? 1 : 2 }
                }
            } else if byte == 0xC2 || byte == 0xC3 {
                let second = word[index + 1]
                let isLetter = byte == 0xC2 ? second == 0xAA || second == 0xB5 || second == 0xBA : second != 0x97 && second != 0xB7
                if isLetter {
                    letters += 1
                    if first == 0 { first = byte == 0xC3 ? (second >= 0x9F ? 1 : 2) : 3 }
                }
            } else if byte == 0xC4 || byte == 0xC5 {
                letters += 1
                if first == 0 { first = 3 }
            }
            index += characterLength(byte)
        }
        guard letters >= 4 else { return false }
        return first == 1 ? true : first == 2 ? false : nil
    }

    /// The length of the white space character that begins at `start`, or 0.
    static func whitespaceLength(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Int {
        let byte = bytes[start]
        if byte < 0x80 { return ASCIITables.isWhitespace(byte) ? 1 : 0 }
        if byte == 0xC2, start + 1 < bytes.count, bytes[start + 1] == 0x85 || bytes[start + 1] == 0xA0 { return 2 }
        if byte == 0xE2, start + 2 < bytes.count, bytes[start + 1] == 0x80, bytes[start + 2] == 0xAF { return 3 }
        return 0
    }

    /// The length of the white space character that ends at `end`, or 0. In UTF-8 a continuation
    /// byte never begins a character, so the bytes before it decide which character it ends.
    static func whitespaceLength(_ bytes: UnsafeBufferPointer<UInt8>, endingAt end: Int) -> Int {
        let byte = bytes[end - 1]
        if byte < 0x80 { return ASCIITables.isWhitespace(byte) ? 1 : 0 }
        if byte == 0x85 || byte == 0xA0, end >= 2, bytes[end - 2] == 0xC2 { return 2 }
        if byte == 0xAF, end >= 3, bytes[end - 2] == 0x80, bytes[end - 3] == 0xE2 { return 3 }
        return 0
    }
}
