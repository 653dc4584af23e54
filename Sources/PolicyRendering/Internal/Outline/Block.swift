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
    var rows: [Row]

    /// One row; `id`, when set, is an anchor other parts of the statement can point at.
    struct Row: Hashable, Sendable {
        var id: RowAnchor?
        var cells: [Runs]
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
