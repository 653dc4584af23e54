import PolicyModel

/// An identifier with what tells two apart without comparing them as strings: two ASCII identifiers
/// are equal exactly when their bytes are, so a different length or a different first eight bytes
/// settles it, and so does the same length of eight bytes or fewer with the same bytes. Other
/// identifiers are compared as strings (canonical equivalence).
struct IdentifierKey {
    let text: String
    let isASCII: Bool
    let count: Int
    /// The first eight bytes, packed.
    let prefix: UInt64

    init(_ text: String) {
        self.text = text
        (isASCII, count, prefix) = Wording.withBytesInPlace(of: text) { bytes in
            var prefix: UInt64 = 0
            var union: UInt8 = 0
            for offset in bytes.indices {
                let byte = bytes[offset]
                union |= byte
                if offset < 8 { prefix = prefix << 8 | UInt64(byte) }
            }
            return (union < 0x80, bytes.count, prefix)
        }
    }

    /// Whether the identifiers may be equal: `false` only when both are ASCII and differ in length or
    /// in their first bytes.
    func mayEqual(_ other: IdentifierKey) -> Bool {
        !(isASCII && other.isASCII) || (count == other.count && prefix == other.prefix)
    }

    /// Whether the identifiers are equal as strings (`==`): two ASCII identifiers of eight bytes or
    /// fewer are when their lengths and packed bytes are, since those are all their bytes.
    func equals(_ other: IdentifierKey) -> Bool {
        guard mayEqual(other) else { return false }
        if isASCII && other.isASCII && count <= 8 { return true }
        return text == other.text
    }
}
