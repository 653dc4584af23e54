/// Byte classes for the scans.
enum ASCIITables {
    /// The byte with ASCII capitals lowered.
    @inline(__always)
    static func lowercased(_ byte: UInt8) -> UInt8 {
        byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte
    }

    /// Each byte with ASCII capitals lowered (``lowercased(_:)``), read by the scan in one load.
    static let lowercase: [UInt8] = (0...255).map { lowercased(UInt8($0)) }

    /// ICU's `\w` among ASCII characters: letters, digits and `_`.
    @inline(__always)
    static func isWordByte(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- UInt8(ascii: "a") < 26 || byte &- UInt8(ascii: "0") < 10 || byte == UInt8(ascii: "_")
    }

    /// Unicode white space among ASCII characters: tab, line feed, vertical tab, form feed, carriage
    /// return and space (what `Character.isWhitespace` says of them).
    @inline(__always)
    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte &- 0x09 < 5
    }
}
