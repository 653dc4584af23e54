import PolicyLint
import Testing

@Suite struct VisibleControlsTests {
    @Test(arguments: [
        ("\u{0}", "\\u{0}"), ("\u{7}", "\\u{7}"), ("\t", "\\u{9}"), ("\n", "\\u{A}"), ("\r", "\\u{D}"),
        ("\u{1B}[31m", "\\u{1B}[31m"), ("\u{1F}", "\\u{1F}"), ("\u{7F}", "\\u{7F}"), ("\u{80}", "\\u{80}"),
        ("\u{85}", "\\u{85}"), ("\u{9F}", "\\u{9F}"), ("\u{2028}", "\\u{2028}"), ("\u{2029}", "\\u{2029}"),
        ("a\r\nb", "a\\u{D}\\u{A}b"), ("\u{202A}", "\\u{202A}"), ("\u{202E}", "\\u{202E}"),
        ("\u{2066}", "\\u{2066}"), ("\u{2069}", "\\u{2069}"),
    ])
    func controlsAreEscaped(text: String, expected: String) {
        #expect(VisibleControls.escaping(text) == expected)
        #expect(VisibleControls.escaping("x" + text + "é") == "x" + expected + "é")
    }

    /// Printable text next to the escaped ranges is kept: no-break space (U+00A0, after the C1 block),
    /// U+2027 and U+202F (around the separators and overrides), U+2065 and U+206A (around the isolates),
    /// a backslash, accents, a euro sign, an emoji.
    @Test func otherTextIsKept() {
        let text = "PLUS IMMOBILIER\u{A0}SARL \u{2027}\u{202F}\u{2065}\u{206A} C:\\dist l’agence 10 € 🏠 ~ "
        #expect(VisibleControls.escaping(text) == text)
    }

    @Test func lineBreaksCanBeKept() {
        #expect(VisibleControls.escaping("a\r\nb\u{7}\n", keepingLineBreaks: true) == "a\r\nb\\u{7}\n")
        #expect(VisibleControls.escaping("a\nb", keepingLineBreaks: true) == "a\nb")
    }
}
