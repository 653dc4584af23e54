/// A block of a section: what both writers know how to serialize.
enum Block: Hashable, Sendable {
    case paragraph([Inline])
    /// A bulleted list; each item is one line of runs.
    case list([[Inline]])
    case table(Table)
}

/// A table whose first column names the row (`<th scope="row">`).
struct Table: Hashable, Sendable {
    var header: [[Inline]]
    var rows: [Row]

    /// One row; `id`, when set, is an anchor other parts of the statement can point at.
    struct Row: Hashable, Sendable {
        var id: String?
        var cells: [[Inline]]
    }
}
