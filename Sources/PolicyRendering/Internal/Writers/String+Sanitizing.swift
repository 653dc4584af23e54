extension String {
    /// The text on one line with no control or direction-override characters.
    ///
    /// Line breaks and tabs become spaces (a policy's text never starts a new block); NUL, other
    /// controls and the bidirectional overrides and isolates, which could make a text read
    /// differently from what it says, are removed. Both writers apply it before escaping.
    var neutralisingControls: String {
        var scalars = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            switch scalar.value {
            case 0x09, 0x0A, 0x0D, 0x2028, 0x2029: scalars.append(" ")
            case 0x00...0x1F, 0x7F...0x9F, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF: continue
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }
}
