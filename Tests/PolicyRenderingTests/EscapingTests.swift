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
}
