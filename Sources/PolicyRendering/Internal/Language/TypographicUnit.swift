/// One unit of text that French typography reads and writes: a `Character`, or a `Unicode.Scalar`
/// when every character of the text is a single scalar (see ``SingleScalarText``).
///
/// The generic rules (``FrenchTypography/apply(_:)-(Array<Unit>)``) read characters for texts that
/// are not single-scalar; single-scalar texts go through ``FrenchTypography/ScalarWriter`` on UTF-8,
/// which reads the scalar properties defined here.
protocol TypographicUnit: Equatable {
    init(_ scalar: Unicode.Scalar)
    var isWhitespace: Bool { get }
    /// `Character.isLetter || Character.isNumber`.
    var isLetterOrNumber: Bool { get }
    /// The units as a string.
    static func string(_ units: ArraySlice<Self>) -> String
}

extension Character: TypographicUnit {
    var isLetterOrNumber: Bool { isLetter || isNumber }
    static func string(_ units: ArraySlice<Character>) -> String { String(units) }
}

extension Unicode.Scalar: TypographicUnit {
    /// As `Character.isWhitespace`, which reads the properties of its first scalar.
    var isWhitespace: Bool { value < 0x80 ? value == 0x20 || (0x09...0x0D).contains(value) : properties.isWhitespace }

    /// As `Character.isLetter || Character.isNumber`, which read the properties of the first scalar.
    var isLetterOrNumber: Bool {
        if value < 0x80 {
            return (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
        }
        return properties.isAlphabetic || properties.numericType != nil
    }

    /// Encodes the scalars as UTF-8 bytes, much cheaper than appending to a `String.UnicodeScalarView`.
    static func string(_ units: ArraySlice<Unicode.Scalar>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(units.count + units.count / 2)
        for scalar in units {
            if scalar.isASCII {
                bytes.append(UInt8(truncatingIfNeeded: scalar.value))
            } else {
                bytes.append(contentsOf: scalar.utf8)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// Texts whose every character is one Unicode scalar, so scalar and character views agree.
enum SingleScalarText {
    /// Whether every scalar of the UTF-8 text `bytes` is a character of its own: no combining mark, joiner, CR LF pair,
    /// Hangul jamo or emoji sequence can form. Conservative: scalars outside the Latin, general
    /// punctuation and currency blocks answer `false`, and the caller reads characters instead.
    ///
    /// Eight bytes at a time are stepped over when all are ASCII and none is CR: the byte-by-byte
    /// reading would step over each of them one by one.
    static func matches(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = bytes.count
        while index < count {
            if index + 8 <= count, isASCIIWithoutCR(UnsafeRawPointer(bytes.baseAddress.unsafelyUnwrapped + index)) {
                index += 8
                continue
            }
            let lead = bytes[index]
            if lead < 0x80 {
                if lead == 0x0D { return false }
                index += 1
            } else if lead < 0xE0 {
                // U+0080…U+02FF are lead bytes 0xC2…0xCB.
                if lead > 0xCB { return false }
                index += 2
            } else if lead < 0xF0 {
                if !isSingleScalar(RunningText.scalar(bytes, at: index).0) { return false }
                index += 3
            } else {
                return false
            }
        }
        return true
    }

    /// Whether the eight bytes at `address` are all ASCII and none is CR (0x0D).
    ///
    /// Read as one word `w`: no byte has its high bit when `w & 0x80…80` is zero. With `x = w ^ 0x0D…0D`,
    /// a byte of `w` is CR exactly when that byte of `x` is zero. Every byte of `x` is then below 0x80,
    /// so `~x` keeps every high bit, and in `x - 0x01…01` a byte below the lowest zero byte of `x`
    /// (1…0x7F, no borrow reaching it) loses its 1 without setting its high bit, while the lowest zero
    /// byte becomes 0xFF: some high bit is set exactly when some byte of `x` is zero.
    @inline(__always)
    private static func isASCIIWithoutCR(_ address: UnsafeRawPointer) -> Bool {
        let word = UInt64(littleEndian: address.loadUnaligned(as: UInt64.self))
        let high: UInt64 = 0x8080_8080_8080_8080
        guard word & high == 0 else { return false }
        let x = word ^ 0x0D0D_0D0D_0D0D_0D0D
        return (x &- 0x0101_0101_0101_0101) & ~x & high == 0
    }

    /// Whether the scalar `value` is on the list ``matches(_:)`` accepts.
    @inline(__always)
    static func isSingleScalar(_ value: UInt32) -> Bool {
        switch value {
        case 0x0D: false
        case 0...0x2FF, 0x2010...0x2027, 0x202F...0x205E, 0x20A0...0x20C0: true
        default: false
        }
    }
}
