/// The character properties running text and French typography read, for the single-scalar
/// characters U+0080…U+017F (Latin-1 Supplement and Latin Extended-A: `é`, `À`, `ç`, `œ`, `Ÿ`…), as
/// bit tables.
///
/// The letters of French names and words other than ASCII are almost all in this block, and asking
/// `Character` for their properties costs hundreds of instructions each. Bit `v % 64` of the word for
/// `v / 64` tells whether the character of the scalar `v` has the property. The tables were read from
/// `Character` (`isUppercase`, `isLowercase`, `isLetter`, `isLetter || isNumber`) and the tests
/// compare them with it on every scalar of the block, so they answer exactly what `Character` does.
enum LatinCharacterProperties {
    /// The scalars the tables cover.
    static let scalars: ClosedRange<UInt32> = 0x80...0x17F

    /// `Character(scalar).isUppercase`, for a scalar of ``scalars``.
    @inline(__always)
    static func isUppercase(_ value: UInt32) -> Bool {
        bit(value, 0x0400_0400_0000_0000, 0x0000_0000_7F7F_FFFF, 0xAB55_5555_5555_5555, 0x2B55_5555_5555_54AA)
    }

    /// `Character(scalar).isLowercase`, for a scalar of ``scalars``.
    @inline(__always)
    static func isLowercase(_ value: UInt32) -> Bool {
        bit(value, 0x0420_0400_0000_0000, 0xFF7F_FFFF_8000_0000, 0x55AA_AAAA_AAAA_AAAA, 0xD4AA_AAAA_AAAA_AB55)
    }

    /// `Character(scalar).isLetter`, for a scalar of ``scalars``.
    @inline(__always)
    static func isLetter(_ value: UInt32) -> Bool {
        bit(value, 0x0420_0400_0000_0000, 0xFF7F_FFFF_FF7F_FFFF, 0xFFFF_FFFF_FFFF_FFFF, 0xFFFF_FFFF_FFFF_FFFF)
    }

    /// `Character(scalar).isLetter || Character(scalar).isNumber`, for a scalar of ``scalars``.
    @inline(__always)
    static func isLetterOrNumber(_ value: UInt32) -> Bool {
        bit(value, 0x762C_0400_0000_0000, 0xFF7F_FFFF_FF7F_FFFF, 0xFFFF_FFFF_FFFF_FFFF, 0xFFFF_FFFF_FFFF_FFFF)
    }

    /// Bit `value % 64` of the table word for `value / 64`: `w2` covers U+0080…U+00BF, `w3`
    /// U+00C0…U+00FF, `w4` U+0100…U+013F, `w5` U+0140…U+017F.
    @inline(__always)
    private static func bit(_ value: UInt32, _ w2: UInt64, _ w3: UInt64, _ w4: UInt64, _ w5: UInt64) -> Bool {
        assert(scalars.contains(value), "outside the tables")
        let word: UInt64
        switch value >> 6 {
        case 2: word = w2
        case 3: word = w3
        case 4: word = w4
        default: word = w5
        }
        return (word >> UInt64(value & 63)) & 1 == 1
    }
}
