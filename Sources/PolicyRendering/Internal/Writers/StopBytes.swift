#if arch(x86_64) && canImport(_Builtin_intrinsics.intel)
import _Builtin_intrinsics.intel
#endif

/// Which of sixteen bytes of a text an escaping scan stops at, as a mask: bit `i` is set when byte
/// `i` is one whose classes in ``UTF8Output/byteClasses`` meet the format's (`anyFormat` or the
/// format's bit), so the scan learns in one test where each such byte of a block is. A format may
/// also set the bits of a few rare bytes it does not stop at, when that saves comparisons: the scan
/// checks each set bit's byte in the table.
///
/// Off x86-64 the mask is read from the table, byte by byte, and only for a block that holds such a
/// byte; on x86-64 the HTML and Markdown scans compare the sixteen bytes at once (``SixteenBytes``).
extension EscapedBytes {
    /// The stops among the sixteen bytes from `start` on, read from `table` (see the extension's
    /// documentation): the way every format can answer.
    @inline(__always)
    static func stopsReadFromTable(inSixteenAt start: UnsafePointer<UInt8>, table: UnsafePointer<UInt8>) -> UInt32 {
        let classes = UTF8Output.anyFormat | byteClass
        guard ByteClasses.ofSixteen(at: start, in: table) & classes != 0 else { return 0 }
        var stops: UInt32 = 0
        for index in 0..<16 where table[Int(start[index])] & classes != 0 { stops |= 1 &<< UInt32(index) }
        return stops
    }
}

#if arch(x86_64) && canImport(_Builtin_intrinsics.intel)
/// Sixteen bytes of a text in one SSE2 register, which every x86-64 processor has, compared with
/// constants all at once: a comparison costs one instruction for the sixteen, where the table costs
/// two for each byte.
///
/// A byte matches ``matching(_:ignoring:)`` when it equals `value` once the bits `ignoring` are set
/// in it: with one bit ignored, exactly two bytes match (`value` and `value` without that bit), so
/// one comparison tests a pair such as `<` and `>` (`0x3C`, `0x3E`); with `0x1F` ignored, the bytes
/// that match are those with no bit outside `0x1F`, the controls `0x00`–`0x1F`.
/// `StopBytesTests` checks every format's mask against the table, for every byte at every place.
struct SixteenBytes {
    private let bytes: __m128i

    @inline(__always)
    init(at start: UnsafePointer<UInt8>) {
        bytes = UnsafeRawPointer(start).loadUnaligned(as: __m128i.self)
    }

    /// The lanes (all ones) whose byte is `value`.
    @inline(__always)
    func equal(_ value: UInt8) -> __m128i {
        _mm_cmpeq_epi8(bytes, Self.repeated(value))
    }

    /// The lanes whose byte, with the bits `ignoring` set, is `value` (which has them set).
    @inline(__always)
    func matching(_ value: UInt8, ignoring bits: UInt8) -> __m128i {
        _mm_cmpeq_epi8(_mm_or_si128(bytes, Self.repeated(bits)), Self.repeated(value))
    }

    /// The lanes every format stops at but `0x7F` (which each format tests with bytes near it):
    /// the controls `0x00`–`0x1F` and the lead bytes `C2`, `E2` (`E2` without `0x20`) and `EF` of
    /// the scalars that may be controls.
    @inline(__always)
    var controlsAndLeads: __m128i {
        _mm_or_si128(matching(0x1F, ignoring: 0x1F), _mm_or_si128(matching(0xE2, ignoring: 0x20), equal(0xEF)))
    }

    /// The lanes of `lanes` as a mask, byte `i` as bit `i`.
    @inline(__always)
    static func mask(_ lanes: __m128i) -> UInt32 {
        UInt32(truncatingIfNeeded: _mm_movemask_epi8(lanes))
    }

    @inline(__always)
    private static func repeated(_ value: UInt8) -> __m128i {
        _mm_set1_epi8(CChar(bitPattern: value))
    }
}

extension HTMLSpecials {
    /// `"` and `0x7F` alone, `&` and `'` (`0x26`, `0x27`) as a pair, `<` and `>` (`0x3C`, `0x3E`)
    /// as a pair: exactly the bytes the scan stops at.
    @inline(__always)
    static func stops(inSixteenAt start: UnsafePointer<UInt8>, table _: UnsafePointer<UInt8>) -> UInt32 {
        let block = SixteenBytes(at: start)
        let pairs = _mm_or_si128(block.matching(0x27, ignoring: 0x01), block.matching(0x3E, ignoring: 0x02))
        let singles = _mm_or_si128(block.equal(0x22), block.equal(0x7F))
        return SixteenBytes.mask(_mm_or_si128(block.controlsAndLeads, _mm_or_si128(pairs, singles)))
    }
}

extension MarkdownSpecials {
    /// `\` `]` `^` `_` `|` `}` `~` and `0x7F` (`0x5C` with any of the bits `0x23`), `[`, `` ` ``;
    /// `!` `#` (`0x21`, `0x23`), `<` `>` (`0x3C`, `0x3E`); `&`, `*`. Of these, `^` and `}` are no
    /// stops: they are let through here, rare as they are, and the scan finds them unmarked.
    @inline(__always)
    static func stops(inSixteenAt start: UnsafePointer<UInt8>, table _: UnsafePointer<UInt8>) -> UInt32 {
        let block = SixteenBytes(at: start)
        let high = _mm_or_si128(block.matching(0x7F, ignoring: 0x23), _mm_or_si128(block.equal(0x5B), block.equal(0x60)))
        let low = _mm_or_si128(
            _mm_or_si128(block.matching(0x23, ignoring: 0x02), block.matching(0x3E, ignoring: 0x02)),
            _mm_or_si128(block.equal(0x26), block.equal(0x2A)))
        return SixteenBytes.mask(_mm_or_si128(block.controlsAndLeads, _mm_or_si128(high, low)))
    }
}
#else
extension HTMLSpecials {
    @inline(__always)
    static func stops(inSixteenAt start: UnsafePointer<UInt8>, table: UnsafePointer<UInt8>) -> UInt32 {
        stopsReadFromTable(inSixteenAt: start, table: table)
    }
}

extension MarkdownSpecials {
    @inline(__always)
    static func stops(inSixteenAt start: UnsafePointer<UInt8>, table: UnsafePointer<UInt8>) -> UInt32 {
        stopsReadFromTable(inSixteenAt: start, table: table)
    }
}
#endif

extension DestinationSpecials {
    /// Read from the table: a link destination is a short address, rarely a whole block.
    @inline(__always)
    static func stops(inSixteenAt start: UnsafePointer<UInt8>, table: UnsafePointer<UInt8>) -> UInt32 {
        stopsReadFromTable(inSixteenAt: start, table: table)
    }
}
