import Foundation
import PolicyModel

/// Case-insensitive pattern matching over the policy's texts, for the wording rules.
///
/// Each pattern is compiled once (``WordingPattern``) and kept for the life of the process: a network
/// of thousands of policies lints each text against the same few dozen patterns. The texts of a
/// policy are scanned once per lint (``LintInput``); the functions here read a text on its own.
enum Wording {
    /// The first match of `pattern` in `text`, ignoring case.
    static func firstMatch(_ pattern: WordingPattern, in text: String) -> String? {
        withBytes(of: text) { pattern.firstMatch(in: ScannedText(bytes: $0), text) }
    }

    static func matches(_ pattern: WordingPattern, _ text: String) -> Bool {
        withBytes(of: text) { pattern.matches(ScannedText(bytes: $0), text) }
    }

    /// `text` with every match of `pattern` removed, so a second pattern can test what is left.
    static func removing(_ pattern: WordingPattern, from text: String) -> String {
        guard let regex = pattern.regex else { return text }
        return regex.stringByReplacingMatches(
            in: text, range: NSRange(text.startIndex..., in: text), withTemplate: " ")
    }

    /// A quoted match for messages: `“by using”`.
    static func quoted(_ match: String) -> String { "“\(match.trimmingWhitespace)”" }

    /// Calls `body` with the UTF-8 bytes of `text`: in place for a native string, from the stack for
    /// a small one, copied for a bridged one.
    static func withBytes<Result>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        var text = text
        return text.withUTF8(body)
    }

    /// Whether two strings have the same UTF-8 bytes (a stricter test than `==`, which also equates
    /// canonically equivalent strings).
    static func sameBytes(_ a: String, _ b: String) -> Bool {
        guard a.utf8.count == b.utf8.count else { return false }
        return withBytesInPlace(of: a) { x in withBytesInPlace(of: b) { y in sameBytes(x, y) } }
    }

    /// Whether two runs of bytes are the same bytes (what `elementsEqual` answers), compared at once
    /// rather than byte by byte through an iterator.
    static func sameBytes(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Bool {
        guard x.count == y.count else { return false }
        // Two empty runs are the same, whatever their addresses.
        guard x.count > 0, let first = x.baseAddress, let second = y.baseAddress else { return true }
        return memcmp(first, second, x.count) == 0
    }

    /// ``sameBytes(_:_:)-(UnsafeBufferPointer<UInt8>,_)`` for two parts of runs of bytes.
    static func sameBytes(_ x: Slice<UnsafeBufferPointer<UInt8>>, _ y: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        sameBytes(UnsafeBufferPointer(rebasing: x), UnsafeBufferPointer(rebasing: y))
    }

    /// ``withBytes(of:_:)`` without copying the string when its bytes are contiguous (a native or
    /// small string): for texts read in place.
    static func withBytesInPlace<Result>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        return withBytes(of: text, body)
    }
}

/// A rule's wording pattern for each language.
///
/// Written as a dictionary literal; looked up by comparing language codes, cheaper than hashing them
/// for every text.
struct LanguagePatterns: ExpressibleByDictionaryLiteral, Sendable {
    let entries: [(language: Language, code: LanguageCode, pattern: WordingPattern)]

    init(dictionaryLiteral elements: (Language, WordingPattern)...) {
        entries = elements.map { (language: $0.0, code: LanguageCode($0.0), pattern: $0.1) }
    }

    subscript(language: Language) -> WordingPattern? {
        self[LanguageCode(language), language]
    }

    /// The pattern for `language`, whose packed code is `code` (the language is read only when a
    /// code is not packed).
    subscript(code: LanguageCode, language: @autoclosure () -> Language) -> WordingPattern? {
        for entry in entries where entry.code.equals(code, entry.language, language()) { return entry.pattern }
        return nil
    }
}

extension String {
    /// The text without the white space at either end, without copying it.
    var trimmedOfWhitespace: Substring {
        guard let first = firstIndex(where: { !$0.isWhitespace }),
            let last = lastIndex(where: { !$0.isWhitespace })
        else { return self[endIndex...] }
        return self[first...last]
    }

    var trimmingWhitespace: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }),
            let last = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(self[first...last])
    }
}

/// Whether one name contains another, as Foundation's `contains` answers (the linter has always
/// asked it): its comparison treats canonically equivalent characters alike, and it finds no empty
/// name. Names of plain Latin characters are compared on bytes, others through Foundation.
enum NameMatching {
    static func contains(_ haystack: LowercaseName, _ needle: LowercaseName) -> Bool {
        guard haystack.isPlainLatin, needle.isPlainLatin else { return haystack.lowercase.contains(needle.lowercase) }
        return Wording.withBytesInPlace(of: haystack.text) { text in
            Wording.withBytesInPlace(of: needle.text) { name in contains(text, name) }
        }
    }

    /// Whether one name contains the other (``contains(_:_:)`` both ways), each name's bytes read once.
    static func eitherContains(_ a: LowercaseName, _ b: LowercaseName) -> Bool {
        guard a.isPlainLatin, b.isPlainLatin else {
            return a.lowercase.contains(b.lowercase) || b.lowercase.contains(a.lowercase)
        }
        return Wording.withBytesInPlace(of: a.text) { x in
            Wording.withBytesInPlace(of: b.text) { y in contains(x, y) || contains(y, x) }
        }
    }

    /// The byte search, for plain Latin names, on their bytes in lowercase (``lowered(_:after:)``),
    /// whether `text` and `name` hold them lowered or as written.
    ///
    /// The same answer as the search on the lowercase strings: a name's lowercase has its length,
    /// each byte lowered from the byte and the one before it. The first bytes are compared lowered
    /// by ``ASCIITables/lowercased(_:)`` alone, which differs from ``lowered(_:after:)`` only on a
    /// continuation byte: one lowered stays one (0x80–0x9E become 0xA0–0xBE), and a name's first
    /// byte is never one, so neither reading finds them equal there.
    private static func contains(_ text: UnsafeBufferPointer<UInt8>, _ name: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !name.isEmpty, name.count <= text.count else { return false }
        let first = ASCIITables.lowercased(name[0])
        for start in 0...(text.count - name.count) where ASCIITables.lowercased(text[start]) == first {
            var offset = 1
            while offset < name.count,
                lowered(text[start + offset], after: text[start + offset - 1])
                    == lowered(name[offset], after: name[offset - 1])
            {
                offset += 1
            }
            if offset == name.count { return true }
        }
        return false
    }

    /// A byte of a plain Latin name in lowercase, read with the byte before it: an ASCII capital
    /// lowered, a Latin-1 capital's last byte (after 0xC3, 0x80–0x9E but 0x97, `×`) moved by 0x20
    /// (``LowercaseName/latin1Lowercase(_:)``), any other byte as it is. A name already in lowercase
    /// has no such byte, so its bytes read as they are.
    @inline(__always)
    static func lowered(_ byte: UInt8, after previous: UInt8) -> UInt8 {
        if byte < 0x80 { return ASCIITables.lowercased(byte) }
        return previous == 0xC3 && byte <= 0x9E && byte != 0x97 ? byte + 0x20 : byte
    }

    /// Whether the three-byte character E2 `second` `third` is one ``isPlainLatin(_:twoByteLeads:)``
    /// accepts: U+2010–U+2027 (dashes, quotation marks, ellipsis), U+202F, €.
    @inline(__always)
    static func isPlainLatinMark(_ second: UInt8, _ third: UInt8) -> Bool {
        (second == 0x80 && ((0x90...0xA7).contains(third) || third == 0xAF)) || (second == 0x82 && third == 0xAC)
    }

    /// Whether every character is one for which Foundation's comparison is literal: ASCII, Latin-1
    /// and Latin Extended-A (U+0080–U+017F: precomposed letters, no combining mark), dashes,
    /// quotation marks and dots (U+2010–U+2027), the narrow no-break space and the euro sign.
    ///
    /// Two such texts are canonically equivalent only where they are equal, so a byte search answers
    /// as Foundation does; a text with any other character (a combining mark, the Angstrom sign, a
    /// letter of Latin Extended-B with a stacked decomposition) goes to Foundation.
    ///
    /// `twoByteLeads` narrows the two-byte characters allowed: `0xC2...0xC3` is Latin-1 alone.
    static func isPlainLatin(_ bytes: UnsafeBufferPointer<UInt8>, twoByteLeads: ClosedRange<UInt8> = 0xC2...0xC5) -> Bool {
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                index += 1
            } else if twoByteLeads.contains(byte) {
                index += 2
            } else if byte == 0xE2, index + 2 < count {
                guard isPlainLatinMark(bytes[index + 1], bytes[index + 2]) else { return false }
                index += 3
            } else {
                return false
            }
        }
        return true
    }
}

/// A name for matching in lowercase (`String.lowercased()`), and whether its lowercase holds plain
/// Latin characters only (``NameMatching/isPlainLatin(_:)``).
///
/// A name of the characters ``latin1Lowercase(_:)`` lowers is kept as written, and lowered byte by
/// byte where it is compared (``NameMatching/lowered(_:after:)``), rather than copied into a new
/// string; any other name is kept in lowercase.
struct LowercaseName {
    /// The name as written when ``isAsWritten``, else in lowercase.
    let text: String
    let isPlainLatin: Bool
    let isAsWritten: Bool

    init(_ name: String) {
        if Wording.withBytes(of: name, { NameMatching.isPlainLatin($0, twoByteLeads: 0xC2...0xC3) }) {
            text = name
            isPlainLatin = true
            isAsWritten = true
        } else {
            text = name.lowercased()
            isPlainLatin = Wording.withBytes(of: text) { NameMatching.isPlainLatin($0) }
            isAsWritten = false
        }
    }

    /// The name in lowercase, made for the comparison through Foundation.
    var lowercase: String {
        isAsWritten ? Self.latin1Lowercase(text) ?? text.lowercased() : text
    }

    /// `name.lowercased()` on bytes, when every character is ASCII, Latin-1 (U+0080–U+00FF), one of
    /// U+2010–U+2027, U+202F or the euro sign; `nil` otherwise. Among these characters only the ASCII
    /// capitals and the Latin-1 capitals U+00C0–U+00DE (U+00D7 `×` is no letter) have a lowercase
    /// other than themselves, each one character 0x20 further: in UTF-8, the last byte moves by
    /// 0x20. The result holds plain Latin characters only (``NameMatching/isPlainLatin(_:)``).
    static func latin1Lowercase(_ name: String) -> String? {
        Wording.withBytes(of: name) { bytes -> String? in
            guard NameMatching.isPlainLatin(bytes, twoByteLeads: 0xC2...0xC3) else { return nil }
            let count = bytes.count
            return String(unsafeUninitializedCapacity: count) { buffer in
                var previous: UInt8 = 0
                for offset in 0..<count {
                    let byte = bytes[offset]
                    if byte < 0x80 {
                        buffer[offset] = ASCIITables.lowercased(byte)
                    } else if previous == 0xC3, (0x80...0x9E).contains(byte), byte != 0x97 {
                        buffer[offset] = byte + 0x20
                    } else {
                        buffer[offset] = byte
                    }
                    previous = byte
                }
                return count
            }
        }
    }
}
