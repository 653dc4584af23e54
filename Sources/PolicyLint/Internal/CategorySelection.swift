import PolicyModel

/// Data categories of one kind as purposes find them by identifier (`Policy.categories(of:)`: the first
/// category with each identifier), for the rules that ask which purposes use categories of that kind.
///
/// Few categories are of a kind, so a purpose's identifiers are compared with theirs, where finding the
/// category of every identifier of every purpose cost a lookup each. `Identifier` compares as `String`
/// does, by canonical equivalence, and an ASCII character has no other canonical form: two ASCII
/// identifiers are equal exactly when their bytes are, so those are compared on bytes, their lengths
/// first; any other pair goes by `==`.
struct CategorySelection {
    /// The selected categories' offsets in `policy.dataCategories`, in order.
    let offsets: [Int]
    /// Their identifiers.
    private let ids: [DataCategoryID]
    /// Each identifier's bytes when all of them are ASCII, else `nil`.
    private let asciiBytes: [[UInt8]?]

    /// The categories of `categories` that `isWanted` accepts (given an offset, so that it reads a
    /// property in place) and that a purpose can find: each the first category with its identifier.
    init(_ categories: [DataCategory], where isWanted: (Int) -> Bool) {
        var offsets: [Int] = []
        // Each category is read in place, by index: iterating would copy it, retaining all its fields.
        for offset in categories.indices
        where isWanted(offset) && !(0..<offset).contains(where: { categories[$0].id == categories[offset].id }) {
            offsets.append(offset)
        }
        self.offsets = offsets
        ids = offsets.map { categories[$0].id }
        asciiBytes = ids.map { id in
            Wording.withBytes(of: id.rawValue) { bytes in bytes.allSatisfy { $0 < 0x80 } ? Array(bytes) : nil }
        }
    }

    var isEmpty: Bool { offsets.isEmpty }

    /// The offset of the selected category a purpose finds by `id`, if one is.
    ///
    /// A selected category is the first with its identifier, so it is the one `Policy.categories(of:)`
    /// finds by `id` exactly when its identifier equals `id`.
    func offset(of id: DataCategoryID) -> Int? {
        guard !offsets.isEmpty else { return nil }
        return Wording.withBytesInPlace(of: id.rawValue) { bytes -> Int? in
            let isASCII = ASCIIRuns.firstNonASCII(in: bytes, from: 0) == bytes.count
            for position in ids.indices {
                if isASCII, let selected = asciiBytes[position] {
                    guard selected.count == bytes.count,
                        selected.withUnsafeBufferPointer({ Wording.sameBytes($0, bytes) })
                    else { continue }
                    return offsets[position]
                }
                if ids[position] == id { return offsets[position] }
            }
            return nil
        }
    }
}
