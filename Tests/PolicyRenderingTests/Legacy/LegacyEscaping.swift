// The escaping and sanitizing as they were before the writers escaped into one byte buffer, kept
// verbatim (renamed) as the oracle the byte escapers are compared with. Not used by the product.
extension String {
    /// The text on one line with no control or direction-override characters.
    ///
    /// Line breaks and tabs become spaces (a policy's text never starts a new block); NUL, other
    /// controls and the bidirectional overrides and isolates, which could make a text read
    /// differently from what it says, are removed. Both writers apply it before escaping.
    var legacyNeutralisingControls: String {
        guard legacyHasControlBytes else { return self }
        var scalars = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            switch Self.legacyControlAction(scalar) {
            case .keep: scalars.append(scalar)
            case .space: scalars.append(" ")
            case .drop: continue
            }
        }
        return String(scalars)
    }

    /// Whether the UTF-8 holds a scalar that ``legacyControlAction(_:)`` does not keep: a byte below 0x20
    /// or 0x7F, U+0080–U+009F (`C2 80`–`C2 9F`), U+200E/F, U+2028–U+202E (`E2 80 …`),
    /// U+2066–U+2069 (`E2 81 A6`–`A9`) or U+FEFF (`EF BB BF`). Read as bytes: almost no text has one.
    private var legacyHasControlBytes: Bool {
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

    private enum LegacyControlAction { case keep, space, drop }

    private static func legacyControlAction(_ scalar: Unicode.Scalar) -> LegacyControlAction {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D, 0x2028, 0x2029: .space
        case 0x00...0x1F, 0x7F...0x9F, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF: .drop
        default: .keep
        }
    }

    /// The text with each ASCII byte `replacement` names replaced; other bytes are copied as they are.
    ///
    /// Every character the writers escape is ASCII, so working on UTF-8 bytes cannot split a character.
    func legacyReplacingASCII(_ replacement: (UInt8) -> [UInt8]?) -> String {
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
extension String {
    /// The text made safe for HTML content and attribute values: `& < > " '` become entities.
    var legacyEscapedForHTML: String {
        legacyNeutralisingControls.legacyReplacingASCII { byte in
            switch byte {
            case UInt8(ascii: "&"): Array("&amp;".utf8)
            case UInt8(ascii: "<"): Array("&lt;".utf8)
            case UInt8(ascii: ">"): Array("&gt;".utf8)
            case UInt8(ascii: "\""): Array("&quot;".utf8)
            case UInt8(ascii: "'"): Array("&#39;".utf8)
            default: nil
            }
        }
    }
}
extension String {
    /// The characters CommonMark and GFM could read as markup, escaped with a backslash.
    static let legacyMarkdownSpecials: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "~", "&", "!"]

    /// The text made literal in Markdown: emphasis, links, raw HTML, entities, code spans and table
    /// pipes are escaped, so nothing a policy says becomes markup.
    var legacyEscapedForMarkdown: String {
        legacyNeutralisingControls.legacyReplacingASCII { byte in
            Self.legacyMarkdownSpecialBytes[Int(byte)] ? [UInt8(ascii: "\\"), byte] : nil
        }
    }

    /// ``legacyMarkdownSpecials`` as a table indexed by ASCII byte.
    private static let legacyMarkdownSpecialBytes: [Bool] = (0..<128).map { byte in
        legacyMarkdownSpecials.contains(Character(Unicode.Scalar(UInt8(byte))))
    }

    /// The line with an opening that would start a list, a heading underline or a code block made literal.
    ///
    /// `- x`, `+ x`, `= x` and `2018. x` escape their first marker; leading spaces are dropped.
    var legacyProtectingMarkdownLineStart: String {
        let line = drop { $0 == " " }
        guard let first = line.first else { return "" }
        if "-+=".contains(first) { return "\\" + line }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, let marker = line.dropFirst(digits.count).first, marker == "." || marker == ")" {
            return digits + "\\" + line.dropFirst(digits.count)
        }
        return String(line)
    }

    /// The text as a YAML double-quoted scalar.
    var legacyQuotedForYAML: String {
        var result = "\""
        for char in legacyNeutralisingControls {
            switch char {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            default: result.append(char)
            }
        }
        return result + "\""
    }
}
