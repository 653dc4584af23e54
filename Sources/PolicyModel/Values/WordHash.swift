/// A hash of a short run of bytes (an identifier, a word), read a machine word at a time, for the small
/// open-addressing tables that find identifiers and words by their bytes.
///
/// The length is mixed in first, then the bytes eight at a time as one word, each word mixed in with a
/// multiply (FNV's prime). The last word is the eight bytes that end the text, overlapping the word
/// before it; a text of four to seven bytes is its first four and last four bytes, a shorter one its
/// bytes one by one. Every word is a function of the bytes alone, so equal texts hash alike; a
/// collision costs the table a comparison, never a wrong answer. The result is stirred so that its low
/// bits, which pick a table's slot, depend on every byte, and it is never 0 (a table's empty slot).
public enum WordHash {
    /// The hash of `bytes`, and the bitwise union of every word read (whether a byte has its high bit,
    /// that is whether the text is all ASCII, is `union & 0x8080_8080_8080_8080 != 0`).
    @inlinable @inline(__always)
    public static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> (hash: UInt64, union: UInt64) {
        // The empty text: the same answer whatever its buffer's address.
        guard let start = bytes.baseAddress, !bytes.isEmpty else { return (1, 0) }
        let raw = UnsafeRawPointer(start)
        let count = bytes.count
        let prime: UInt64 = 0x0000_0100_0000_01B3
        var hash = (0xCBF2_9CE4_8422_2325 ^ UInt64(truncatingIfNeeded: count)) &* prime
        var union: UInt64 = 0
        if count >= 8 {
            var offset = 0
            while count &- offset > 8 {
                let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                union |= word
                hash = (hash ^ word) &* prime
                offset &+= 8
            }
            let last = raw.loadUnaligned(fromByteOffset: count &- 8, as: UInt64.self)
            union |= last
            hash = (hash ^ last) &* prime
        } else if count >= 4 {
            let first = UInt64(raw.loadUnaligned(fromByteOffset: 0, as: UInt32.self))
            let last = UInt64(raw.loadUnaligned(fromByteOffset: count &- 4, as: UInt32.self))
            let word = first | last &<< 32
            union = word
            hash = (hash ^ word) &* prime
        } else {
            for offset in 0..<count {
                let byte = UInt64(start[offset])
                union |= byte
                hash = (hash ^ byte) &* prime
            }
        }
        hash ^= hash &>> 32
        hash = hash &* 0xD6E8_FEB8_6659_FD93
        hash ^= hash &>> 32
        return (hash | 1, union)
    }
}
