import PolicyModel

/// GDPR Art. 12(1): the same information in each language of publication.
///
/// Every text exists, non-empty, in French and English; a text identical in both (other than a
/// name) was probably not translated.
struct LanguageParity: InputRule {
    let id = "GDPR-12-1-PARITY"
    let severity = Severity.error
    let articles = ["GDPR Art. 12(1)", "ISO/IEC 29184 §5.2.4"]
    let summary = "Give every text in both French and English, translated."
    let explanation = RuleExplanation(
        """
        A statement published in two languages informs each reader only if both say the same. A missing \
        translation is an error; an identical sentence in both languages is a warning (names, addresses and \
        short labels are allowed to match).
        """,
        quotes: [LegalQuote(
            "GDPR Art. 12(1)",
            fr: "d'une façon concise, transparente, compréhensible et aisément accessible, en des termes clairs et simples",
            en: "in a concise, transparent, intelligible and easily accessible form, using clear and plain language")])
    let fixHint = "Write the missing translation."

    func check(_ input: LintInput, context: LintContext) -> [Finding] {
        let policy = input.policy
        let languages = Set(Language.required + policy.languages).sorted()
        var findings: [Finding] = []
        let codes = languages.map(LanguageCode.init)
        let french = LanguageCode(.fr)
        let english = LanguageCode(.en)
        // In a complete field the texts follow `codes`, whose packings differ: the French and English
        // texts are at these positions (what `textOffset` would find).
        let frenchPosition = codes.firstIndex { $0.packed != 0 && $0 == french }
        let englishPosition = codes.firstIndex { $0.packed != 0 && $0 == english }
        // The texts are read in place, by offset, rather than copied out of the input.
        input.texts.withUnsafeBufferPointer { texts in
            for field in input.fields {
                // Usually the field has exactly the languages asked for, each with visible ASCII: nothing is missing.
                let complete = field.texts.count == codes.count
                    && zip(field.texts, codes).allSatisfy { offset, code in
                        texts[offset].code == code && code.packed != 0 && texts[offset].scan.hasVisibleASCII
                    }
                if !complete {
                    for (language, code) in zip(languages, codes)
                    where !(input.textOffset(code, language, of: field).map { Self.hasContent(texts[$0]) } ?? false) {
                        findings.append(finding(Self.missing(language), at: field.pointer / language.code))
                    }
                }
                let fr = complete
                    ? frenchPosition.map { field.texts.lowerBound + $0 } : input.textOffset(french, .fr, of: field)
                let en = complete
                    ? englishPosition.map { field.texts.lowerBound + $0 } : input.textOffset(english, .en, of: field)
                if let fr, let en, Self.hasContent(texts[fr]), !Self.certainlyDiffer(texts[fr].scan, texts[en].scan),
                    Self.sameTrimmed(texts, fr, en), !Self.isName(texts[fr])
                {
                    findings.append(finding(Self.untranslated(), at: field.pointer, severity: .warning))
                }
            }
        }
        return findings
    }

    /// Whether two texts differ, trimmed or not, by their first bytes alone: both are ASCII characters
    /// other than white space, and different (``ASCIIWords/differ(_:_:)`` with an empty common prefix).
    /// An empty text reads as a first byte 0, neither white space nor equal to the other's: the other
    /// text then begins with a character other than white space, so it differs from the empty one.
    static func certainlyDiffer(_ a: TextScan, _ b: TextScan) -> Bool {
        let x = a.firstByte
        let y = b.firstByte
        return x != y && x < 0x80 && y < 0x80 && !ASCIITables.isWhitespace(x) && !ASCIITables.isWhitespace(y)
    }

    /// Whether the text has a character other than white space (its trimmed form is not empty).
    static func hasContent(_ text: LintText) -> Bool {
        // An ASCII byte other than white space begins a character that is not white space.
        if text.scan.hasVisibleASCII { return true }
        return !text.value.trimmingWhitespace.isEmpty
    }

    /// Whether the two texts are equal once trimmed of white space: on bytes when both are ASCII,
    /// else as Swift compares strings (canonical equivalence).
    /// The texts are `texts[a]` and `texts[b]`, read in place.
    static func sameTrimmed(_ texts: UnsafeBufferPointer<LintText>, _ a: Int, _ b: Int) -> Bool {
        let bothASCII = texts[a].scan.isASCII && texts[b].scan.isASCII
        let answer = Wording.withBytesInPlace(of: texts[a].value) { x in
            Wording.withBytesInPlace(of: texts[b].value) { y -> Bool? in
                if bothASCII { return ASCIIWords.trimmed(x).elementsEqual(ASCIIWords.trimmed(y)) }
                // The same bytes are the same text; else the first difference may settle it.
                if x.elementsEqual(y) { return true }
                if ASCIIWords.differ(x, y) { return false }
                // Plain Latin texts are equivalent only where equal (``NameMatching/isPlainLatin(_:)``).
                guard NameMatching.isPlainLatin(x), NameMatching.isPlainLatin(y) else { return nil }
                return PlainLatinWords.trimmed(x).elementsEqual(PlainLatinWords.trimmed(y))
            }
        }
        return answer ?? (texts[a].value.trimmedOfWhitespace == texts[b].value.trimmedOfWhitespace)
    }

    static func isName(_ text: LintText) -> Bool {
        let answer = Wording.withBytes(of: text.value) { bytes -> Bool? in
            text.scan.isASCII ? ASCIIWords.isName(bytes) : PlainLatinWords.isName(bytes)
        }
        return answer ?? isName(text.value)
    }

    /// A name, address or label: fewer than four words, or no lowercase word of four letters or more.
    static func isName(_ text: String) -> Bool {
        let words = text.split(whereSeparator: { $0.isWhitespace })
        if words.count < 4 { return true }
        return !words.contains { word in
            let letters = word.filter(\.isLetter)
            return letters.count >= 4 && letters.first?.isLowercase == true && !word.contains("@") && !word.contains("://")
        }
    }

    static func missing(_ language: Language) -> String { "the text has no '\(language.code)' version" }

    static func untranslated() -> String { "the French and English texts are identical: the text was not translated" }
}

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
