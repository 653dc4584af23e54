import Testing

@testable import PolicyRendering

/// A table's rows kept as one array of cells (``Table/Rows``) read back as the rows they were given.
@Suite struct TableRowsTests {
    static let anchor = RowAnchor(kind: .purpose, identifier: "analytics")

    static func cell(_ text: String) -> Runs { .plain(text) }

    @Test func rowsGivenCellByCellReadBackAsRows() {
        var rows = Table.Rows(capacity: 2, cellsPerRow: 5)
        rows.append(nil, Self.cell("a"), Self.cell("b"))
        rows.append(Self.anchor, Self.cell("c"), Self.cell("d"), Self.cell("e"))
        rows.append(nil, Self.cell("f"), .mixed([.strong("g"), .text("h")]), Self.cell("i"), Self.cell("j"))
        rows.append(Self.anchor, Self.cell("k"), Self.cell("l"), Self.cell("m"), Self.cell("n"), Self.cell("o"))
        #expect(Array(rows) == [
            Table.Row(id: nil, cells: [Self.cell("a"), Self.cell("b")]),
            Table.Row(id: Self.anchor, cells: [Self.cell("c"), Self.cell("d"), Self.cell("e")]),
            Table.Row(id: nil, cells: [Self.cell("f"), .mixed([.strong("g"), .text("h")]), Self.cell("i"), Self.cell("j")]),
            Table.Row(id: Self.anchor, cells: ["k", "l", "m", "n", "o"].map(Self.cell)),
        ])
        #expect(rows.cellRange(ofRow: 0) == 0..<2)
        #expect(rows.cellRange(ofRow: 3) == 9..<14)
        #expect(rows.anchor(ofRow: 1) == Self.anchor && rows.anchor(ofRow: 2) == nil)
    }

    @Test func aTableOfRowsOfAnyLengthKeepsThem() {
        let given = [
            Table.Row(id: nil, cells: []),
            Table.Row(id: Self.anchor, cells: [Self.cell("x")]),
            Table.Row(id: nil, cells: ["p", "q", "r", "s", "t", "u"].map(Self.cell)),
        ]
        let table = Table(header: [Self.cell("h1"), Self.cell("h2")], rows: given)
        #expect(Array(table.rows) == given)
        #expect(table.rows.count == 3 && !table.rows.isEmpty)
        #expect(Table(header: [], rows: [Table.Row]()).rows.isEmpty)
        // Equal rows make equal tables, and different cuts of the same cells do not.
        #expect(table == Table(header: [Self.cell("h1"), Self.cell("h2")], rows: given))
        var moved = given
        moved[1].cells.append(Self.cell("p"))
        moved[2].cells.removeFirst()
        #expect(table != Table(header: [Self.cell("h1"), Self.cell("h2")], rows: moved))
    }
}
