@testable import PolicyRendering
import Testing

@Suite struct EscapingTests {
    @Test func htmlEscapesTheFiveCharacters() {
        #expect(#"<b>"Tom" & 'Jerry'</b>"#.escapedForHTML == "&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;")
    }

    @Test func htmlRemovesControlsAndDirectionOverrides() {
        #expect("a\u{0}b\u{202E}c\u{2066}d\ne".escapedForHTML == "abcd e")
    }

    @Test func markdownEscapesInlineMarkup() {
        #expect(#"*em* _u_ [x](javascript:alert(1)) <b> `c` a|b #h \ & ~s~ !"#.escapedForMarkdown
            == ##"\*em\* \_u\_ \[x\](javascript:alert(1)) \<b\> \`c\` a\|b \#h \\ \& \~s\~ \!"##)
    }

    @Test func markdownProtectsBlockOpenings() {
        #expect("- item".protectingMarkdownLineStart == #"\- item"#)
        #expect("+ item".protectingMarkdownLineStart == #"\+ item"#)
        #expect("2018. A year".protectingMarkdownLineStart == #"2018\. A year"#)
        #expect("3) three".protectingMarkdownLineStart == #"3\) three"#)
        #expect("    code".protectingMarkdownLineStart == "code")
        #expect("2018 was a year".protectingMarkdownLineStart == "2018 was a year")
    }

    @Test func markdownLinkDestinationsEscapeParentheses() {
        #expect(MarkdownWriter.destination("https://example.fr/a_(b)") == #"https://example.fr/a_\(b\)"#)
    }

    @Test func yamlQuotesTitles() {
        #expect(#"A "quoted" \ title"#.quotedForYAML == #""A \"quoted\" \\ title""#)
    }

    /// The bytes the SSE2 masks let through besides the stops (rare ASCII, lead bytes of scalars
    /// that are never controls) and the stops themselves, at every place of texts of 16 to 48 bytes,
    /// after a kept scalar or not: the last bytes of such a text are read as the block that ends
    /// with it, overlapping the bytes already copied.
    @Test func letThroughBytesAndStopsInTheLastBlockEscapeAsBefore() {
        let singles = ["#", "=", "?", "|", "}", "~", "^", ";", "{", "é", "ü", "û", "»", "½", "€", "<", "&", "*", "'", "\n", "\u{7F}", "\u{85}", "\u{2028}",
                       "’", "\u{00A0}", "\u{202F}", "\u{FEFF}", "😀"]
        for length in 16...48 {
            for opening in ["", "’", "\u{00A0}x"] {
                let plain = opening + String(repeating: "a", count: length - opening.utf8.count)
                for single in singles {
                    for place in 0...plain.count {
                        let text = String(plain.prefix(place)) + single + String(plain.dropFirst(place))
                        #expect(text.escapedForHTML == text.legacyEscapedForHTML, "\(length) \(place) \(single.debugDescription)")
                        #expect(
                            text.escapedForMarkdown == text.legacyEscapedForMarkdown,
                            "\(length) \(place) \(single.debugDescription)")
                    }
                }
            }
        }
    }
}
