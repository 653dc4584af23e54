@testable import PolicyRendering
import PolicyGenerator
import PolicyModel
import Testing

/// The writers escape into one byte buffer; these compare them, on hostile text, with the string
/// writers they replaced (kept in `Legacy/`), which must give the very same bytes.
@Suite struct ByteWriterTests {
    /// Pieces a policy's text could be made of: markup, controls, direction overrides, marks that
    /// join the character before them, prefixes that join the one after, scalars of every length.
    static let pieces: [String] = [
        "a", "Z", "é", "e\u{301}", " ", "  ", "\u{301}", "\u{20DD}", "\u{200D}", "\u{0600}", "\u{0915}\u{094D}",
        "<", ">", "&", "\"", "'", "\\", "`", "*", "_", "[", "]", "(", ")", "#", "|", "~", "!", "-", "+", "=", ".",
        "0", "7", "2018", "\t", "\n", "\r", "\r\n", "\u{0}", "\u{1B}", "\u{7F}", "\u{80}", "\u{85}", "\u{9F}", "\u{A0}",
        "\u{200E}", "\u{200F}", "\u{2028}", "\u{2029}", "\u{202A}", "\u{202E}", "\u{202F}", "\u{2066}", "\u{2069}",
        "\u{206A}", "\u{FEFF}", "\u{FEFE}", "\u{2027}", "\u{E2}", "·", "’", "«", "»", "😀", "👩‍👩‍👧", "🇫🇷", "𝔸",
        "<script>alert(1)</script>", "**bold**", "[x](javascript:alert(1))", "&amp;", "\u{037E}", "\u{1FEF}",
    ]

    /// Openings that the Markdown line protection reads closely.
    static let openings: [String] = [
        "", " ", "   ", "-", "- ", "-\u{301}", "+", "=", "=\u{20DD}", "1.", "2018. ", "3)", "12)\u{301}", "4.\u{301}",
        "5\u{301}.", " \u{301}", "  \u{301}-", " -", "  12. ", "\t-", "\u{2028}+", "\u{200E}1.", "é", "\u{0600}-",
    ]

    struct Generator {
        private var random: SplitMix64
        init(state: UInt64) { random = SplitMix64(seed: state) }
        mutating func next() -> UInt64 { random.next() }

        mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

        mutating func text(maxPieces: Int = 6) -> String {
            (0..<below(maxPieces + 1)).map { _ in ByteWriterTests.pieces[below(ByteWriterTests.pieces.count)] }.joined()
        }

        mutating func line() -> String { ByteWriterTests.openings[below(ByteWriterTests.openings.count)] + text() }

        mutating func address() -> WebAddress {
            let tails = ["a_(b)", "x%20y", "é", "(", ")", "a\u{301}(", "%3C", "path/", "", "😀", "ok"]
            let value = "https://example.fr/" + (0..<below(3)).map { _ in tails[below(tails.count)] }.joined()
            return WebAddress(value) ?? SampleModel.web("https://example.fr/")
        }

        mutating func runs() -> [Inline] {
            (0..<below(4)).map { index in
                let text = index == 0 ? line() : text()
                switch below(4) {
                case 0: return .text(text)
                case 1: return .strong(text)
                case 2: return .link(text: text, to: address())
                default: return .anchor(text: text, id: below(2) == 0 ? "rights" : self.text(maxPieces: 3))
                }
            }
        }

        mutating func block() -> Block {
            switch below(3) {
            case 0: return .paragraph(runs())
            case 1: return .list((0..<below(4)).map { _ in runs() })
            default:
                let columns = below(4)
                return .table(Table(
                    header: (0..<columns).map { _ in Runs(runs()) },
                    rows: (0..<below(4)).map { _ in
                        Table.Row(id: below(2) == 0 ? nil : RowAnchor(kind: below(2) == 0 ? .purpose : .recipient, identifier: text(maxPieces: 3)), cells: (0..<below(columns + 2)).map { _ in Runs(runs()) })
                    }))
            }
        }

        mutating func outline() -> Outline {
            let kinds = StatementSection.allCases
            return Outline(
                language: below(2) == 0 ? .fr : Language(text(maxPieces: 2)), title: text(), contentsLabel: text(),
                lastUpdated: runs(),
                sections: (0..<below(5)).map { _ in
                    OutlineSection(kind: kinds[below(kinds.count)], heading: Runs(runs()), blocks: (0..<below(5)).map { _ in block() })
                },
                translations: (0..<below(3)).map { _ in .init(language: Language(text(maxPieces: 2)), name: text()) },
                translationsLabel: text(), hasIndirectSources: below(2) == 0, effectiveDate: SampleModel.date("2018-04-20"))
        }
    }

    @Test func escapingMatchesTheStringEscapers() {
        var generator = Generator(state: 1)
        let samples = Self.pieces + Self.openings + (0..<5000).map { _ in generator.line() }
        for text in samples {
            #expect(text.neutralisingControls == text.legacyNeutralisingControls, "\(Array(text.unicodeScalars))")
            #expect(text.escapedForHTML == text.legacyEscapedForHTML, "\(Array(text.unicodeScalars))")
            #expect(text.escapedForMarkdown == text.legacyEscapedForMarkdown, "\(Array(text.unicodeScalars))")
        }
    }

    @Test func everyScalarNearTheControlsEscapesAsBefore() {
        let scalars = Array(0...0x2FF) + Array(0x2000...0x206F) + Array(0xFEF0...0xFF00) + [0x1F600, 0x10FFFF]
        for value in scalars {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for text in [String(scalar), "a\(scalar)b", "\(scalar)\u{301}", "<\(scalar)&"] {
                #expect(text.escapedForHTML == text.legacyEscapedForHTML, "U+\(String(value, radix: 16))")
                #expect(text.escapedForMarkdown == text.legacyEscapedForMarkdown, "U+\(String(value, radix: 16))")
                #expect(text.neutralisingControls == text.legacyNeutralisingControls, "U+\(String(value, radix: 16))")
            }
        }
    }

    @Test func boldAndLineOpeningsMatchTheStringWriter() {
        let texts = [
            "", " ", "  ", "a", " a", "a ", " a ", "\u{0600} ", "a\u{0600} ", "a \u{0600}", " \u{301}a", "a \u{301}",
            "a\u{301} ", "\ta\n", "\u{2028}a\u{2029}", "a\u{200E} ", " \u{200F}", "é", "é ", " é", "*a*", "a\u{0600}b",
            "- a", "-\u{301} a", "1. a", "1.\u{301} a", "12) a", "1\u{301}. a", "  + a", " \u{301}- a", "=", "\u{FEFF}- a",
        ]
        for text in texts {
            let outline = Outline(
                language: .en, title: text, contentsLabel: text, lastUpdated: [.strong(text)],
                sections: [OutlineSection(kind: .rights, heading: [.strong(text), .text(text)], blocks: [
                    .paragraph([.text(text), .strong(text)]), .paragraph([.strong(text), .text(text)]),
                    .list([[.text(text)], [.anchor(text: text, id: text)]]),
                ])],
                translations: [], translationsLabel: text, hasIndirectSources: false,
                effectiveDate: SampleModel.date("2018-04-20"))
            var markdown = MarkdownWriter()
            markdown.document(outline, frontMatter: true)
            var legacy = LegacyMarkdownWriter()
            legacy.document(outline, frontMatter: true)
            let output = markdown.output
            #expect(output == legacy.output, "\(Array(text.unicodeScalars))")
        }
    }

    @Test func writersMatchTheStringWriters() {
        var generator = Generator(state: 2)
        for _ in 0..<1500 {
            let outline = generator.outline()
            var fragment = HTMLWriter()
            fragment.fragment(outline)
            var legacyFragment = LegacyHTMLWriter()
            legacyFragment.fragment(outline)
            let fragmentOutput = fragment.output
            #expect(fragmentOutput == legacyFragment.output)

            let page = HTMLPage.render(outline, templates: Templates.shipped, fragment: false)
            #expect(page == LegacyHTMLPage.render(outline, templates: Templates.shipped, fragment: false))

            for frontMatter in [false, true] {
                var markdown = MarkdownWriter()
                markdown.document(outline, frontMatter: frontMatter)
                var legacyMarkdown = LegacyMarkdownWriter()
                legacyMarkdown.document(outline, frontMatter: frontMatter)
                let output = markdown.output
                #expect(output == legacyMarkdown.output, "\(Array(output.unicodeScalars))")
            }
        }
    }

    @Test func shippedPoliciesMatchTheStringWriters() {
        for policy in PropertyTests.policies {
            for language in [Language.fr, .en] {
                let outline = Templates.renderer.outline(policy, language: language)
                for fragment in [false, true] {
                    #expect(HTMLPage.render(outline, templates: Templates.shipped, fragment: fragment)
                        == LegacyHTMLPage.render(outline, templates: Templates.shipped, fragment: fragment))
                }
                var markdown = MarkdownWriter()
                markdown.document(outline, frontMatter: true)
                var legacyMarkdown = LegacyMarkdownWriter()
                legacyMarkdown.document(outline, frontMatter: true)
                let output = markdown.output
                #expect(output == legacyMarkdown.output)
            }
        }
    }

    @Test func bufferTrimsLineBreaksAsStringsDo() {
        for text in ["", "a", "a\n", "a\n\n", "a\r\n", "a\r\n\n", "\n", "\r", "\r\n", "a\n\r", "a\r\r\n", "\n\r\n"] {
            for prefix in ["", "x\r", "y\n"] {
                var output = UTF8Output()
                output.append(raw: prefix)
                let start = output.count
                output.append(raw: text)
                output.trimTrailingNewlines(from: start)
                #expect(output.string == prefix + text.legacyTrimmingTrailingNewlines, "\(Array(text.unicodeScalars))")
            }
        }
    }

    /// ``ASCIIBytes/all(_:)`` against testing each byte, for every length up to 40 with one byte
    /// past ASCII at each place, none, or two.
    @Test func asciiTestMatchesTestingEachByte() {
        for length in 0...40 {
            let plain = (0..<length).map { UInt8(0x20 + $0 % 0x5F) }
            var cases = [plain]
            for place in 0..<length {
                for high: UInt8 in [0x80, 0xC3, 0xFF] {
                    var bytes = plain
                    bytes[place] = high
                    cases.append(bytes)
                    if place + 3 < length {
                        bytes[place + 3] = 0xA9
                        cases.append(bytes)
                    }
                }
            }
            for bytes in cases {
                let answer = bytes.withUnsafeBufferPointer(ASCIIBytes.all)
                #expect(answer == bytes.allSatisfy { $0 < 0x80 }, "\(bytes)")
            }
        }
    }
}
