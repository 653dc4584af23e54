import PolicyModel

/// An identifier with what tells two apart without comparing them as strings: two ASCII identifiers
/// are equal exactly when their bytes are, so a different length or a different first eight bytes
/// settles it. Other identifiers are compared as strings (canonical equivalence).
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
            for byte in bytes.prefix(8) { prefix = prefix << 8 | UInt64(byte) }
            return (!bytes.contains { $0 >= 0x80 }, bytes.count, prefix)
        }
    }

    /// Whether the identifiers may be equal: `false` only when both are ASCII and differ in length or
    /// in their first bytes.
    func mayEqual(_ other: IdentifierKey) -> Bool {
        !(isASCII && other.isASCII) || (count == other.count && prefix == other.prefix)
    }
}
