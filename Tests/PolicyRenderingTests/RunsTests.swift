import PolicyModel
@testable import PolicyRendering
import Testing

/// The runs of cells and headings (``Runs``): one plain run has one form, whatever made it.
@Suite struct RunsTests {
    static let address = WebAddress("https://example.com")!

    /// One plain run is ``Runs/plain(_:)`` from an array, from a literal and after typesetting; any
    /// other runs keep their array, in order.
    @Test func onePlainRunHasOneForm() {
        #expect(Runs([.text("Nom")]) == .plain("Nom"))
        #expect(Runs([.text("")]) == .plain(""))
        let literal: Runs = [.text("Nom")]
        #expect(literal == .plain("Nom"))
        let others: [[Inline]] = [
            [], [.strong("Nom")], [.link(text: "Site", to: Self.address)], [.anchor(text: "Droits", id: "rights")],
            [.text("Nom"), .strong(" : ")], [.strong("a"), .text("b")],
        ]
        for runs in others {
            #expect(Runs(runs) == .mixed(runs))
            #expect(Runs(runs).inlines == runs)
            #expect(Runs(runs).plainText == runs.plainText)
        }
        #expect(Runs.plain("Nom").inlines == [.text("Nom")])
    }

    /// Runs as a placeholder's value (``Composer/Fill/runs(_:)-(Runs)``) add to a sentence what their
    /// array of runs adds.
    @Test func runsAsAValueAddWhatTheirArrayAdds() {
        var scratch = UTF8Output(capacity: 16)
        let values: [Runs] = [
            .plain("Nom"), .plain(""), .mixed([]), .mixed([.strong("a"), .text("b")]),
            .mixed([.link(text: "Site", to: Self.address)]),
        ]
        for value in values {
            for before in [Inline.text("Le "), .strong("Le")] {
                var expected = SentenceRuns(capacity: 2)
                expected.append(before, scratch: &scratch)
                expected.append(.runs(value.inlines), scratch: &scratch)
                let expectedRuns = expected.finish(scratch: &scratch)
                var built = SentenceRuns(capacity: 2)
                built.append(before, scratch: &scratch)
                built.append(Composer.Fill.runs(value), scratch: &scratch)
                #expect(built.finish(scratch: &scratch) == expectedRuns, "\(value)")
            }
        }
    }

    /// Typesetting rewrites the text of either form and keeps the form.
    @Test func typesettingKeepsTheForm() {
        var plain = Runs.plain("Durée : 3 ans")
        plain.typesetText { FrenchTypography.typeset($0) }
        #expect(plain == .plain("Durée\u{00A0}: 3 ans"))
        var unchanged = Runs.plain("Nom")
        unchanged.typesetText { _ in nil }
        #expect(unchanged == .plain("Nom"))
        var mixed = Runs([.strong("Note :"), .text(" l'adresse")])
        mixed.typesetText { FrenchTypography.typeset($0) }
        #expect(mixed == .mixed([.strong("Note\u{00A0}:"), .text(" l\u{2019}adresse")]))
    }
}
