/// Writing a text neutralised and escaped in one pass over its UTF-8.
///
/// The result is byte for byte ``Swift/String/neutralisingControls`` followed by
/// ``Swift/String/escapedForHTML`` or ``Swift/String/escapedForMarkdown``: line breaks and tabs
/// (and U+2028, U+2029) become spaces, the other controls, U+0080–U+009F, the direction marks,
/// overrides and isolates and U+FEFF are dropped, and the format's ASCII specials are escaped.
/// Runs of bytes that need none of this are copied whole.
extension UTF8Output {
    /// Which escaping a text gets once its controls are neutralised.
    enum Escaping {
        /// `& < > " '` as entities.
        case html
        /// ``Swift/String/markdownSpecials`` behind a backslash.
        case markdown
        /// `( ) < > \` and space behind a backslash: a link destination, all ASCII.
        case markdownDestination
    }

    mutating func append(_ text: String, escapedFor escaping: Escaping) {
        if let done: Void = text.utf8.withContiguousStorageIfAvailable({ append(neutralising: $0, escapedFor: escaping) }) {
            return done
        }
        var text = text
        text.withUTF8 { append(neutralising: $0, escapedFor: escaping) }
    }

    mutating func append(_ text: Substring, escapedFor escaping: Escaping) {
        if let done: Void = text.utf8.withContiguousStorageIfAvailable({ append(neutralising: $0, escapedFor: escaping) }) {
            return done
        }
        var text = text
        text.withUTF8 { append(neutralising: $0, escapedFor: escaping) }
    }

    private mutating func append(neutralising source: UnsafeBufferPointer<UInt8>, escapedFor escaping: Escaping) {
        let table = switch escaping {
        case .html: Self.htmlActions
        case .markdown: Self.markdownActions
        case .markdownDestination: Self.destinationActions
        }
        table.withUnsafeBufferPointer { actions in
            let count = source.count
            var runStart = 0
            var index = 0
            while true {
                // The fast path: a byte that is copied as it is, which almost every byte is.
                while index < count, actions[Int(source[index])] == ByteAction.copy.rawValue { index += 1 }
                guard index < count else { break }
                let byte = source[index]
                var length = 1
                var space = false
                switch ByteAction(rawValue: actions[Int(byte)]) {
                case .escape, .drop, .copy, nil: break
                case .space: space = true
                case .lead:
                    guard let control = String.multiByteControl(in: source, at: index) else {
                        index += 1
                        continue
                    }
                    (length, space) = control
                }
                if runStart < index { append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<index])) }
                if actions[Int(byte)] == ByteAction.escape.rawValue {
                    appendEscape(of: byte, for: escaping)
                } else if space {
                    // The space a line break becomes is escaped where a space is: in a link destination.
                    if actions[Int(UInt8(ascii: " "))] == ByteAction.escape.rawValue {
                        appendEscape(of: UInt8(ascii: " "), for: escaping)
                    } else {
                        append(byte: UInt8(ascii: " "))
                    }
                }
                index += length
                runStart = index
            }
            if runStart < count { append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<count])) }
        }
    }

    private mutating func appendEscape(of byte: UInt8, for escaping: Escaping) {
        switch escaping {
        case .html:
            switch byte {
            case UInt8(ascii: "&"): append("&amp;")
            case UInt8(ascii: "<"): append("&lt;")
            case UInt8(ascii: ">"): append("&gt;")
            case UInt8(ascii: "\""): append("&quot;")
            default: append("&#39;")
            }
        case .markdown, .markdownDestination:
            append(byte: UInt8(ascii: "\\"))
            append(byte: byte)
        }
    }

    /// What the escaper does on meeting a byte.
    private enum ByteAction: UInt8 {
        case copy, escape, space, drop
        /// The first byte of a scalar that may be a control: look at the bytes after it.
        case lead
    }

    private static let htmlActions = actions { "&<>\"'".utf8.contains($0) }
    private static let markdownActions = actions { String.markdownSpecials.contains(Character(Unicode.Scalar($0))) }
    private static let destinationActions = actions { "()<>\\ ".utf8.contains($0) }

    /// The action for each of the 256 bytes (its raw value, for a tight scan), with `isSpecial`
    /// naming the printable ASCII to escape.
    private static func actions(escaping isSpecial: (UInt8) -> Bool) -> [UInt8] {
        (0...255).map { (value: Int) -> UInt8 in
            let byte = UInt8(value)
            let action: ByteAction = switch byte {
            case 0x09, 0x0A, 0x0D: .space
            case 0x00...0x1F, 0x7F: .drop
            case 0xC2, 0xE2, 0xEF: .lead
            case 0x20...0x7E where isSpecial(byte): .escape
            default: .copy
            }
            return action.rawValue
        }
    }
}
