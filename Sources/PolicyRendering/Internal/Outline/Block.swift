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
        var id: String?
        var cells: [Runs]
    }
}

extension Table.Row {
    /// The anchor id of a row standing for a model element: `prefix` then the element's identifier
    /// (`purpose-` and `analytics` make `purpose-analytics`).
    ///
    /// The same string as `prefix + identifier`, made in one step from the two strings' bytes,
    /// without the concatenation's generic path, and copied without being checked again
    /// (``Swift/String/init(validUTF8:)``): the prefix is a literal and the identifier a string, so the
    /// bytes end to end are valid UTF-8.
    static func anchorID(_ prefix: StaticString, _ identifier: String) -> String {
        UTF8Output.withUTF8(of: identifier) { id in
            prefix.withUTF8Buffer { head in
                let total = head.count + id.count
                return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: total) { buffer in
                    _ = UnsafeMutableBufferPointer(rebasing: buffer[..<head.count]).initialize(fromContentsOf: head)
                    _ = UnsafeMutableBufferPointer(rebasing: buffer[head.count..<total]).initialize(fromContentsOf: id)
                    return String(validUTF8: UnsafeBufferPointer(buffer))
                }
            }
        }
    }
}
