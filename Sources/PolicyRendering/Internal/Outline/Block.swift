/// A block of a section: what both writers know how to serialize.
enum Block: Hashable, Sendable {
    case paragraph([Inline])
    /// A bulleted list; each item is one line of runs.
    case list([[Inline]])
    case table(Table)
}

/// A table whose first column names the row (`<th scope="row">`).
struct Table: Hashable, Sendable {
    var header: [Runs]
    var rows: Rows

    init(header: [Runs], rows: Rows) {
        self.header = header
        self.rows = rows
    }

    /// A table of rows given one by one (tests, and tables built from arrays).
    init(header: [Runs], rows: [Row]) {
        var body = Rows(capacity: rows.count, cellsPerRow: header.count)
        for row in rows { body.append(row) }
        self.init(header: header, rows: body)
    }

    /// One row; `id`, when set, is an anchor other parts of the statement can point at.
    struct Row: Hashable, Sendable {
        var id: RowAnchor?
        var cells: [Runs]
    }

    /// The rows, their cells kept one after another in one array, with where each row ends and its anchor.
    ///
    /// A statement has about a hundred rows an outline; an array of cells per row made each row an
    /// allocation of its own, and freeing it went through the runtime's release of an array. Read as a
    /// collection, it gives each ``Row`` (made on access: for tests and uncommon readers); the writers
    /// and the typography read ``cells`` and ``cellRange(ofRow:)`` in place.
    struct Rows: Hashable, Sendable, RandomAccessCollection {
        /// The cells of every row, row after row.
        var cells: [Runs]
        /// Each row's end in ``cells`` and its anchor.
        private(set) var bounds: [Bound]

        struct Bound: Hashable, Sendable {
            var end: Int
            var anchor: RowAnchor?
        }

        /// No rows yet, with room for `capacity` rows of `cellsPerRow` cells.
        init(capacity: Int = 0, cellsPerRow: Int = 0) {
            cells = []
            bounds = []
            cells.reserveCapacity(capacity * cellsPerRow)
            bounds.reserveCapacity(capacity)
        }

        var startIndex: Int { 0 }
        var endIndex: Int { bounds.count }

        /// The row at `index`, made of its anchor and a copy of its cells.
        subscript(index: Int) -> Row {
            Row(id: bounds[index].anchor, cells: Array(cells[cellRange(ofRow: index)]))
        }

        /// Where the row at `index` lies in ``cells``.
        func cellRange(ofRow index: Int) -> Range<Int> {
            (index == 0 ? 0 : bounds[index - 1].end)..<bounds[index].end
        }

        /// The anchor of the row at `index`.
        func anchor(ofRow index: Int) -> RowAnchor? {
            bounds[index].anchor
        }

        mutating func append(_ row: Row) {
            cells.append(contentsOf: row.cells)
            bounds.append(Bound(end: cells.count, anchor: row.id))
        }

        // A row of two to five cells, given one by one: an array of them would be an allocation. The
        // cells are taken (`consuming`), so each is moved into the array rather than copied and released.

        mutating func append(_ anchor: consuming RowAnchor?, _ a: consuming Runs, _ b: consuming Runs) {
            cells.append(a)
            cells.append(b)
            bounds.append(Bound(end: cells.count, anchor: anchor))
        }

        mutating func append(
            _ anchor: consuming RowAnchor?, _ a: consuming Runs, _ b: consuming Runs, _ c: consuming Runs
        ) {
            cells.append(a)
            append(anchor, b, c)
        }

        mutating func append(
            _ anchor: consuming RowAnchor?, _ a: consuming Runs, _ b: consuming Runs, _ c: consuming Runs,
            _ d: consuming Runs
        ) {
            cells.append(a)
            append(anchor, b, c, d)
        }

        mutating func append(
            _ anchor: consuming RowAnchor?, _ a: consuming Runs, _ b: consuming Runs, _ c: consuming Runs,
            _ d: consuming Runs, _ e: consuming Runs
        ) {
            cells.append(a)
            append(anchor, b, c, d, e)
        }
    }
}

/// The anchor of a row standing for a model element: a prefix naming the kind of element, then the
/// element's identifier (`purpose-analytics`, `recipient-google-analytics`).
///
/// Kept as its two parts, so that building a row makes no string of its anchor: the writers write
/// the prefix and then the identifier.
struct RowAnchor: Hashable, Sendable {
    enum Kind: Hashable, Sendable {
        case purpose
        case recipient

        /// What the anchor starts with, before the identifier.
        var prefix: StaticString {
            switch self {
            case .purpose: "purpose-"
            case .recipient: "recipient-"
            }
        }
    }

    var kind: Kind
    var identifier: String

    /// The anchor as one string.
    var string: String { kind.prefix.description + identifier }
}
