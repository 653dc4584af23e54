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
        // Each language once (the first of equal ones, as a set keeps it), in order: compared rather than
        // hashed, a statement having two or three.
        var languages: [Language] = []
        for language in Language.required + policy.languages where !languages.contains(language) {
            languages.append(language)
        }
        languages.sort()
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
            // Each field is read in place, by offset.
            let fields = input.fields
            for fieldOffset in fields.indices {
                let field = fields[fieldOffset]
                // Usually the field has exactly the languages asked for, each with visible ASCII: nothing is missing.
                var complete = field.texts.count == codes.count
                if complete {
                    for (position, code) in codes.enumerated() {
                        let offset = field.texts.lowerBound + position
                        if texts[offset].code != code || code.packed == 0 || !texts[offset].scan.hasVisibleASCII {
                            complete = false
                            break
                        }
                    }
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
                // The scans settle most fields (their first bytes differ) without reading the texts.
                if let fr, let en, !Self.certainlyDiffer(texts[fr].scan, texts[en].scan), Self.hasContent(texts[fr]),
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
        // Read by the scan with the bytes past ASCII (``TextScan/isPlainLatin``).
        let bothPlainLatin = texts[a].scan.isPlainLatin && texts[b].scan.isPlainLatin
        let answer = Wording.withBytesInPlace(of: texts[a].value) { x in
            Wording.withBytesInPlace(of: texts[b].value) { y -> Bool? in
                if bothASCII { return Wording.sameBytes(ASCIIWords.trimmed(x), ASCIIWords.trimmed(y)) }
                // The same bytes are the same text; else the first difference may settle it.
                if Wording.sameBytes(x, y) { return true }
                if ASCIIWords.differ(x, y) { return false }
                // Plain Latin texts are equivalent only where equal (``NameMatching/isPlainLatin(_:)``).
                guard bothPlainLatin else { return nil }
                return Wording.sameBytes(PlainLatinWords.trimmed(x), PlainLatinWords.trimmed(y))
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
