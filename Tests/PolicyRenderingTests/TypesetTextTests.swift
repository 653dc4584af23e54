@testable import PolicyRendering
import PolicyModel
import Testing

/// The typesetting pass over an outline's blocks (``Block/typesetText(_:)``), which rewrites runs and
/// cells through their arrays' buffers, against the same texts typeset one by one.
@Suite struct TypesetTextTests {
    static let address = WebAddress("https://example.fr/a:b")!

    /// Runs of every kind, with texts the French rules change and texts they leave as they are.
    static var runs: [Inline] {
        [
            .text("Finalité : mesure d'audience"), .strong("Base légale"), .link(text: "Écrivez-nous !", to: address),
            .anchor(text: "voir « ci-dessous »", id: "purpose-analytics"), .text("sans marque"), .text("10:30"),
        ]
    }

    /// Each run's text as French typography gives it, its kind, address and id kept.
    static func typesetOneByOne(_ runs: [Inline]) -> [Inline] {
        runs.map { run in
            switch run {
            case .text(let text): .text(FrenchTypography.apply(text))
            case .strong(let text): .strong(FrenchTypography.apply(text))
            case .link(let text, let address): .link(text: FrenchTypography.apply(text), to: address)
            case .anchor(let text, let id): .anchor(text: FrenchTypography.apply(text), id: id)
            }
        }
    }

    static func typeset(_ block: Block) -> Block {
        var block = block
        var typesetter = FrenchTypography.Typesetter()
        block.typesetText { typesetter.typeset($0) }
        return block
    }

    static let cells: [Runs] = [.plain("Durée : 3 ans"), .plain("aucune"), Runs(runs), .plain("l'agence")]

    /// A paragraph, a list and a table, built afresh at each call.
    static func blocks(_ runs: [Inline], _ cells: [Runs]) -> [Block] {
        [
            .paragraph(runs),
            .list([runs, [.text("sans marque")], [], runs]),
            .table(Table(header: cells, rows: [Table.Row(id: nil, cells: cells), Table.Row(id: nil, cells: [])])),
        ]
    }

    /// Paragraphs, list items, header and row cells (plain and of several runs) come out as their
    /// texts typeset one by one, and the blocks they were copied from, which share their arrays, do
    /// not change.
    @Test func blocksMatchTheirTextsTypesetOneByOne() {
        let expectedCells: [Runs] = [
            .plain(FrenchTypography.apply("Durée : 3 ans")), .plain("aucune"), Runs(Self.typesetOneByOne(Self.runs)),
            .plain(FrenchTypography.apply("l'agence")),
        ]
        let blocks = Self.blocks(Self.runs, Self.cells)
        let typeset = blocks.map(Self.typeset)
        #expect(typeset == Self.blocks(Self.typesetOneByOne(Self.runs), expectedCells))
        #expect(typeset != blocks)
        #expect(blocks == Self.blocks(Self.runs, Self.cells))
    }

    /// Runs the rules leave as they are come back equal, shared or not.
    @Test func unchangedRunsStayEqual() {
        let runs: [Inline] = [.text("sans marque"), .strong("aucune"), .link(text: "ici", to: Self.address)]
        let block = Block.paragraph(runs)
        #expect(Self.typeset(block) == block)
    }
}
