extension String {
    /// The text on one line with no control or direction-override characters.
    ///
    /// Line breaks and tabs become spaces (a policy's text never starts a new block); NUL, other
    /// controls and the bidirectional overrides and isolates, which could make a text read
    /// differently from what it says, are removed. Both writers apply it before escaping.
    var neutralisingControls: String {
        guard hasControlBytes else { return self }
        var scalars = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            switch Self.controlAction(scalar) {
            case .keep: scalars.append(scalar)
            case .space: scalars.append(" ")
            case .drop: continue
            }
        }
        return String(scalars)
    }

    /// Whether the UTF-8 holds a scalar that ``controlAction(_:)`` does not keep: a byte below 0x20
    /// or 0x7F, U+0080–U+009F (`C2 80`–`C2 9F`), U+200E/F, U+2028–U+202E (`E2 80 …`),
    /// U+2066–U+2069 (`E2 81 A6`–`A9`) or U+FEFF (`EF BB BF`). Read as bytes: almost no text has one.
    private var hasControlBytes: Bool {
        UTF8Output.withUTF8(of: self, Self.containsControl)
    }

    /// Whether `bytes` hold a scalar that ``neutralisingControls`` does not keep.
    static func containsControl(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for index in bytes.indices {
            switch bytes[index] {
            case 0x00...0x1F, 0x7F: return true
            case 0xC2, 0xE2, 0xEF: if multiByteControl(in: bytes, at: index) != nil { return true }
            default: continue
            }
        }
        return false
    }

    /// The scalar of 2 or 3 bytes at `index` (whose lead byte is `C2`, `E2` or `EF`), when
    /// ``Swift/String/neutralisingControls`` does not keep it: its length, and whether it becomes a space.
    /// `index` is within `source`, so the sums and differences below stay within its count and go
    /// without the overflow check.
    @inline(__always)
    static func multiByteControl(in source: UnsafeBufferPointer<UInt8>, at index: Int) -> (length: Int, space: Bool)? {
        let remaining = source.count &- index
        switch source[index] {
        case 0xC2:
            // U+0080–U+009F
            guard remaining >= 2, (0x80...0x9F).contains(source[index &+ 1]) else { return nil }
            return (2, false)
        case 0xE2:
            guard remaining >= 3 else { return nil }
            let second = source[index &+ 1], third = source[index &+ 2]
            if second == 0x80 {
                // U+2028, U+2029 are line breaks; U+200E/F and U+202A–U+202E mark or override direction.
                if third == 0xA8 || third == 0xA9 { return (3, true) }
                if third == 0x8E || third == 0x8F || (0xAA...0xAE).contains(third) { return (3, false) }
            } else if second == 0x81, (0xA6...0xA9).contains(third) {
                // U+2066–U+2069, the isolates.
                return (3, false)
            }
            return nil
        case 0xEF:
            // U+FEFF
            guard remaining >= 3, source[index &+ 1] == 0xBB, source[index &+ 2] == 0xBF else { return nil }
            return (3, false)
        default:
            return nil
        }
    }

    private enum ControlAction { case keep, space, drop }

    private static func controlAction(_ scalar: Unicode.Scalar) -> ControlAction {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D, 0x2028, 0x2029: .space
        case 0x00...0x1F, 0x7F...0x9F, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF: .drop
        default: .keep
        }
    }
}
