/// What the scan records of a text's ASCII bytes (``TextScan``): where the runs of ASCII end, found
/// eight bytes at a time, and whether some ASCII byte is visible. Most texts of a statement are
/// ASCII, or ASCII with a few accented letters, and the byte classes the scan records depend only on
/// the bytes past ASCII and on the ASCII bytes other than white space.
enum ASCIIRuns {
    /// The offset of the first byte past ASCII (0x80 or more) at or after `start`, or `bytes.count`.
    ///
    /// Eight bytes are loaded as one little-endian integer, so the byte at the lowest offset is the
    /// lowest; a byte is past ASCII exactly when its high bit is set, so `word & 0x8080…80` is nonzero
    /// exactly when one of the eight is, and its trailing zero bits, divided by eight, count the ASCII
    /// bytes before the first (bit 8k + 7 is byte k's high bit).
    ///
    /// Compiled into its callers: it runs once or more per text, most texts being short.
    @inline(__always)
    static func firstNonASCII(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = bytes.baseAddress else { return bytes.count }
        let count = bytes.count
        let raw = UnsafeRawPointer(base)
        var position = start
        while position &+ 8 <= count {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: position, as: UInt64.self))
            let high = word & 0x8080_8080_8080_8080
            if high != 0 { return position &+ high.trailingZeroBitCount >> 3 }
            position &+= 8
        }
        while position < count {
            if base[position] >= 0x80 { return position }
            position &+= 1
        }
        return count
    }

    /// Whether some byte is ASCII and not white space (``ASCIITables/isWhitespace(_:)``): usually the
    /// first byte already is, so the test is compiled into the scan.
    @inline(__always)
    static func hasVisibleASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in bytes where byte < 0x80 && !ASCIITables.isWhitespace(byte) { return true }
        return false
    }
}
