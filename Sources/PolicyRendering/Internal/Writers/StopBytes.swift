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
/// one comparison tests a pair such as `<` and `>` (`0x3C`, `0x3E`); with two bits ignored, four
/// bytes match, with three, eight.
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

    /// The lanes of the controls `0x00`–`0x1F`, of `C2` and of the lead bytes `C4`–`FF`: adding
    /// `0xBC` (wrapping) moves `C4`–`FF` to `80`–`BB` and `00`–`1F` to `BC`–`DB`, the signed bytes
    /// −128 to −37, and every other byte (`20`–`C3`) to −36 to 127, so one comparison finds both
    /// ranges; `C2` is compared alone. Every format stops at the controls and at the lead bytes
    /// `C2`, `E2` and `EF` of the scalars that may be controls; the other lead bytes from `C4` on
    /// are marked too, and the scan, which checks each marked byte in the table, passes them. `C3`,
    /// the lead byte of `é`, `à` and most accented letters of French text, is left out so that they
    /// cost the scan nothing (marked, they made a third of French blocks branch to the check, a
    /// branch no processor can predict), and so are the continuation bytes `80`–`BF`.
    @inline(__always)
    var controlsAndLeadBytes: __m128i {
        _mm_or_si128(_mm_cmplt_epi8(_mm_add_epi8(bytes, Self.repeated(0xBC)), Self.repeated(0xDC)), equal(0xC2))
    }

    /// The lanes whose byte's low five bits are `1B`–`1F`: with the three high bits set, the byte is
    /// `FB` or more, which its maximum with `FB` tells. Eight runs of five bytes, one per value of the
    /// high bits: `1B`–`1F`, `3B`–`3F`, `5B`–`5F`, `7B`–`7F`, `9B`–`9F`, `BB`–`BF`, `DB`–`DF`, `FB`–`FF`.
    @inline(__always)
    var endingInOneBToOneF: __m128i {
        let raised = _mm_or_si128(bytes, Self.repeated(0xE0))
        return _mm_cmpeq_epi8(_mm_max_epu8(raised, Self.repeated(0xFB)), raised)
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
    /// `"` `&` `'` with `#` (`0x22`, `0x23`, `0x26`, `0x27`: `0x27` with any of the bits `0x05`), `<`
    /// `>` and `0x7F` with `=` `?` `|` `}` `~` (`0x3C`–`0x3F`, `0x7C`–`0x7F`: `0x7F` with any of the
    /// bits `0x43`), and ``SixteenBytes/controlsAndLeadBytes``. Of these, `#`, `=`, `?`, `|`,
    /// `}`, `~` and the lead bytes from `C4` on other than `E2` and `EF` are no stops: they are
    /// let through here, and the scan finds them unmarked.
    @inline(__always)
    static func stops(inSixteenAt start: UnsafePointer<UInt8>, table _: UnsafePointer<UInt8>) -> UInt32 {
        let block = SixteenBytes(at: start)
        let specials = _mm_or_si128(block.matching(0x27, ignoring: 0x05), block.matching(0x7F, ignoring: 0x43))
        return SixteenBytes.mask(_mm_or_si128(block.controlsAndLeadBytes, specials))
    }
}

extension MarkdownSpecials {
    /// The bytes whose low five bits are `1B`–`1F` (``SixteenBytes/endingInOneBToOneF``): `<` `>`,
    /// `[` `\` `]` `_`, `|` `~` and `0x7F`, with `;` `=` `?` `^` `{` `}` and bytes past ASCII;
    /// `!` `#` (`0x21`, `0x23`); `&`, `*`, `` ` ``; and ``SixteenBytes/controlsAndLeadBytes``. Of
    /// these, `;` `=` `?` `^` `{` `}`, the continuation bytes `9B`–`9F` and `BB`–`BF` and the lead
    /// bytes from `C4` on other than `E2` and `EF` are no stops: they are let through here, and the
    /// scan finds them unmarked.
    @inline(__always)
    static func stops(inSixteenAt start: UnsafePointer<UInt8>, table _: UnsafePointer<UInt8>) -> UInt32 {
        let block = SixteenBytes(at: start)
        let singles = _mm_or_si128(block.equal(0x26), _mm_or_si128(block.equal(0x2A), block.equal(0x60)))
        let others = _mm_or_si128(block.endingInOneBToOneF, block.matching(0x23, ignoring: 0x02))
        return SixteenBytes.mask(_mm_or_si128(block.controlsAndLeadBytes, _mm_or_si128(singles, others)))
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
