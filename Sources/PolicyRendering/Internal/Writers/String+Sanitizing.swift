extension String {
    /// The text on one line with no control or direction-override characters.
    ///
    /// Line breaks and tabs become spaces (a policy's text never starts a new block); NUL, other
    /// controls and the bidirectional overrides and isolates, which could make a text read
    /// differently from what it says, are removed. Both writers apply it before escaping.
    var neutralisingControls: String {
        guard unicodeScalars.contains(where: { Self.controlAction($0) != .keep }) else { return self }
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
