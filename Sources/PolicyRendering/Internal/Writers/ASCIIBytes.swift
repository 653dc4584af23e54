/// Whether a text is ASCII, read from its UTF-8 eight bytes at a time: a Markdown link destination
/// is escaped byte by byte only when it is, every byte then being a character of its own.
enum ASCIIBytes {
    /// Whether every byte of `bytes` is below `0x80`.
    ///
    /// The bytes are ORed together in words of eight, then the high bit of each byte of the result
    /// is tested: a byte's high bit is set in the OR exactly when it is set in some byte. The last
    /// word ends where the text ends and may overlap the one before it, and a text shorter than
    /// eight bytes is read as two overlapping halves of four or as its first, middle and last bytes
    /// (see ``ShortRun``): every byte is read, and none outside the text.
    @inline(__always)
    static func all(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let start = bytes.baseAddress else { return true }
        let count = bytes.count
        let raw = UnsafeRawPointer(start)
        var ored: UInt64 = 0
        if count >= 8 {
            var offset = 0
            while offset &+ 8 < count {
                ored |= raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                offset &+= 8
            }
            ored |= raw.loadUnaligned(fromByteOffset: count &- 8, as: UInt64.self)
        } else if count >= 4 {
            let head = raw.loadUnaligned(as: UInt32.self), tail = raw.loadUnaligned(fromByteOffset: count &- 4, as: UInt32.self)
            ored = UInt64(head | tail)
        } else if count > 0 {
            ored = UInt64(start[0] | start[count &>> 1] | start[count &- 1])
        }
        return ored & 0x8080_8080_8080_8080 == 0
    }
}
