import PolicyModel

/// GDPR Art. 12(1): the same information in each language of publication.
///
/// Every text exists, non-empty, in French and English; a text identical in both (other than a
/// name) was probably not translated.
struct LanguageParity: LintRule {
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

    func check(_ policy: Policy, context: LintContext) -> [Finding] {
        let languages = Set(Language.required + policy.languages).sorted()
        var findings: [Finding] = []
        for (pointer, text) in policy.localizedFields {
            for language in languages where (text[language]?.trimmingWhitespace ?? "").isEmpty {
                findings.append(finding(Self.missing(language), at: pointer / language.code))
            }
            if let fr = text[.fr], let en = text[.en], !fr.trimmingWhitespace.isEmpty,
                fr.trimmingWhitespace == en.trimmingWhitespace, !Self.isName(fr)
            {
                findings.append(finding(Self.untranslated(), at: pointer, severity: .warning))
            }
        }
        return findings
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
