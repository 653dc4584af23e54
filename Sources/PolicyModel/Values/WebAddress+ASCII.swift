extension WebAddress {
    /// ``isAllowed(_:)`` for an address made of ASCII bytes only, read as bytes; `nil` for any other.
    ///
    /// In ASCII text every character is one byte, except CR LF, which is one character of two; but
    /// a text with CR or LF is refused by both (a scalar below U+0021), so the checks read the same
    /// characters: the first `:`, the scheme lowered (ASCII letters only), no forbidden character, no
    /// control, at most 2048 characters, `//` and more after an `http` or `https` scheme. An ASCII
    /// string equals another only when their bytes are the same, so the scheme is compared as bytes.
    static func isAllowedASCII(_ value: String) -> Bool? {
        var value = value
        return value.withUTF8 { bytes -> Bool? in
            var colon: Int? = nil
            for (offset, byte) in bytes.enumerated() {
                if byte >= 0x80 { return nil }
                if colon == nil, byte == UInt8(ascii: ":") { colon = offset }
            }
            guard let colon else { return false }
            let scheme = UnsafeBufferPointer(rebasing: bytes[..<colon])
            let isWeb = Self.equalsLowered(scheme, "https") || Self.equalsLowered(scheme, "http")
            guard isWeb || Self.equalsLowered(scheme, "mailto") || Self.equalsLowered(scheme, "tel") else { return false }
            let rest = UnsafeBufferPointer(rebasing: bytes[(colon + 1)...])
            // Bytes, not characters, are counted: they differ only for a text with CR LF, refused below.
            guard !rest.isEmpty, bytes.count <= 2048 else { return false }
            for byte in bytes where byte < 0x21 || byte == 0x7F || Self.isForbiddenASCII(byte) { return false }
            if isWeb {
                guard rest.count > 2, rest[0] == UInt8(ascii: "/"), rest[1] == UInt8(ascii: "/") else { return false }
            }
            return true
        }
    }

    /// Whether ASCII `bytes`, their capitals lowered, are `lowercase`.
    private static func equalsLowered(_ bytes: UnsafeBufferPointer<UInt8>, _ lowercase: StaticString) -> Bool {
        guard bytes.count == lowercase.utf8CodeUnitCount else { return false }
        let expected = lowercase.utf8Start
        for offset in 0..<bytes.count {
            let byte = bytes[offset]
            let lowered = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
            if lowered != expected[offset] { return false }
        }
        return true
    }

    /// The characters that would end an attribute or a Markdown link: `" ' < > \` space \ { } | ^`.
    private static func isForbiddenASCII(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "`"),
            UInt8(ascii: " "), UInt8(ascii: "\\"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "|"),
            UInt8(ascii: "^"):
            true
        default: false
        }
    }
}
