import PolicyModel

/// Where each field of a ``LintInput`` lies in its list of fields, by kind and index: the offset of
/// the field with subindex 0 (the first of a category's examples), or none.
///
/// Built once the fields are read, from their locations, in two flat arrays: each kind's indexes
/// take a run of ``offsets`` as long as its highest index, instead of a list per kind grown as the
/// fields come.
struct FieldOffsets {
    /// Where each kind's run begins in ``offsets``, by the kind's raw value; one more entry ends the last run.
    private let starts: [Int]
    /// For each kind and index, the offset of the first field with that kind and index and subindex
    /// 0, or -1.
    private let offsets: [Int]

    init(_ fields: [LintField]) {
        var kinds = 0
        for offset in fields.indices where fields[offset].location.subindex == 0 {
            kinds = max(kinds, Int(fields[offset].location.field.rawValue) + 1)
        }
        // First each run's length (the highest index plus one), then where it begins.
        var starts = [Int](repeating: 0, count: kinds + 1)
        for offset in fields.indices where fields[offset].location.subindex == 0 {
            let location = fields[offset].location
            let end = Int(location.field.rawValue) + 1
            starts[end] = max(starts[end], location.index + 1)
        }
        for kind in 0..<kinds { starts[kind + 1] += starts[kind] }
        var offsets = [Int](repeating: -1, count: starts[kinds])
        for offset in fields.indices where fields[offset].location.subindex == 0 {
            let location = fields[offset].location
            let slot = starts[Int(location.field.rawValue)] + location.index
            if offsets[slot] < 0 { offsets[slot] = offset }
        }
        self.starts = starts
        self.offsets = offsets
    }

    /// The offset of the first field of this kind and index with subindex 0, if there is one.
    func first(_ field: LocalizedFieldLocation.Field, _ index: Int) -> Int? {
        let kind = Int(field.rawValue)
        guard kind + 1 < starts.count, index >= 0, index < starts[kind + 1] - starts[kind] else { return nil }
        let offset = offsets[starts[kind] + index]
        return offset >= 0 ? offset : nil
    }
}
