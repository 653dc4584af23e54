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
        for field in input.fields {
            // Usually the field has exactly the languages asked for, each with visible ASCII: nothing is missing.
            let complete = field.texts.count == codes.count
                && zip(field.texts, codes).allSatisfy { offset, code in
                    input.texts[offset].code == code && code.packed != 0 && input.texts[offset].scan.hasVisibleASCII
                }
            for (language, code) in zip(languages, codes)
            where !complete && !Self.hasContent(input.text(code, language, of: field)) {
                findings.append(finding(Self.missing(language), at: field.pointer / language.code))
            }
            if let fr = input.text(french, .fr, of: field), let en = input.text(english, .en, of: field),
                Self.hasContent(fr),
                Self.sameTrimmed(fr, en), !Self.isName(fr)
            {
                findings.append(finding(Self.untranslated(), at: field.pointer, severity: .warning))
            }
        }
        return findings
    }

    /// Whether the text has a character other than white space (its trimmed form is not empty).
    static func hasContent(_ text: LintText?) -> Bool {
        guard let text else { return false }
        // An ASCII byte other than white space begins a character that is not white space.
        if text.scan.hasVisibleASCII { return true }
        return !text.value.trimmingWhitespace.isEmpty
    }

    /// Whether the two texts are equal once trimmed of white space: on bytes when both are ASCII,
    /// else as Swift compares strings (canonical equivalence).
    static func sameTrimmed(_ a: LintText, _ b: LintText) -> Bool {
        let answer = Wording.withBytes(of: a.value) { x in
            Wording.withBytes(of: b.value) { y -> Bool? in
                if a.scan.isASCII, b.scan.isASCII { return ASCIIWords.trimmed(x).elementsEqual(ASCIIWords.trimmed(y)) }
                // The same bytes are the same text; else the first difference may settle it.
                if x.elementsEqual(y) { return true }
                return ASCIIWords.differ(x, y) ? false : nil
            }
        }
        return answer ?? (a.value.trimmedOfWhitespace == b.value.trimmedOfWhitespace)
    }

    static func isName(_ text: LintText) -> Bool {
        guard text.scan.isASCII else { return isName(text.value) }
        var value = text.value
        return value.withUTF8 { ASCIIWords.isName($0) }
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
