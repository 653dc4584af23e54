@testable import PolicyRendering
import PolicyModel
import Testing

@Suite struct WriterTests {
    static let address = SampleModel.web("https://example.fr/a")

    static let outline = Outline(
        language: .en, title: "Notice", contentsLabel: "Contents", lastUpdated: [.text("Updated")],
        sections: [
            OutlineSection(kind: .controller, heading: [.text("Who")], blocks: [
                .paragraph([.strong("A"), .text(" & "), .link(text: "site", to: address), .anchor(text: "rights", id: "rights")]),
                .list([[.text("one")], [.text("- two")]]),
                .table(Table(header: [[.text("K")], [.text("V")]], rows: [.init(id: RowAnchor(kind: .purpose, identifier: "1"), cells: [[.text("a|b")], [.text("c")]])])),
            ]),
        ],
        translations: [.init(language: .fr, name: "Français")], translationsLabel: "Other languages",
        hasIndirectSources: true, effectiveDate: SampleModel.date("2018-04-20"))

    @Test func htmlFragment() {
        var writer = HTMLWriter()
        writer.fragment(Self.outline)
        #expect(writer.output == """
            <div class="privacy-notice" lang="en">
            <section id="controller" data-gdpr="13(1)(a) 14(1)(a)">
            <h2 id="controller-heading">Who</h2>
            <p><strong>A</strong> &amp; <a href="https://example.fr/a">site</a><a href="#rights">rights</a></p>
            <ul>
            <li>one</li>
            <li>- two</li>
            </ul>
            <div class="table" role="region" tabindex="0" aria-labelledby="controller-heading">
            <table>
            <thead>
            <tr><th scope="col">K</th><th scope="col">V</th></tr>
            </thead>
            <tbody>
            <tr id="purpose-1"><th scope="row">a|b</th><td data-label="V">c</td></tr>
            </tbody>
            </table>
            </div>
            </section>
            </div>

            """)
    }

    @Test func markdownDocument() {
        var writer = MarkdownWriter()
        writer.document(Self.outline, frontMatter: true)
        #expect(writer.output == #"""
            ---
            title: "Notice"
            lang: en
            date: 2018-04-20
            translations:
              fr: fr.md
            ---

            # Notice

            Updated

            [Français](fr.md)

            ## Contents

            - [Who](#controller)

            <a id="controller"></a>

            ## Who

            **A** \& [site](https://example.fr/a)[rights](#rights)

            - one
            - \- two

            | K | V |
            | --- | --- |
            | a\|b | c |

            """#)
    }
}
