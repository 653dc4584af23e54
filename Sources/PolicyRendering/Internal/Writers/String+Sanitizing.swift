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
        var bytes = utf8.makeIterator()
        while let byte = bytes.next() {
            switch byte {
            case 0x00...0x1F, 0x7F: return true
            case 0xC2:
                if let next = bytes.next(), (0x80...0x9F).contains(next) { return true }
            case 0xE2:
                guard let second = bytes.next(), let third = bytes.next() else { return false }
                if second == 0x80, third == 0x8E || third == 0x8F || (0xA8...0xAE).contains(third) { return true }
                if second == 0x81, (0xA6...0xA9).contains(third) { return true }
            case 0xEF:
                guard let second = bytes.next(), let third = bytes.next() else { return false }
                if second == 0xBB, third == 0xBF { return true }
            default: continue
            }
        }
        return false
    }

    private enum ControlAction { case keep, space, drop }

    private static func controlAction(_ scalar: Unicode.Scalar) -> ControlAction {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D, 0x2028, 0x2029: .space
        case 0x00...0x1F, 0x7F...0x9F, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF: .drop
        default: .keep
        }
    }

    /// The text with each ASCII byte `replacement` names replaced; other bytes are copied as they are.
    ///
    /// Every character the writers escape is ASCII, so working on UTF-8 bytes cannot split a character.
    func replacingASCII(_ replacement: (UInt8) -> [UInt8]?) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count + utf8.count / 8)
        for byte in utf8 {
            if byte < 0x80, let substitute = replacement(byte) {
                bytes.append(contentsOf: substitute)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
