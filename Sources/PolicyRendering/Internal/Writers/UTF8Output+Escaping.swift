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
        Self.withUTF8(of: text) { append(neutralising: $0, escapedFor: escaping) }
    }

    mutating func append(_ text: Substring, escapedFor escaping: Escaping) {
        Self.withUTF8(of: text) { append(neutralising: $0, escapedFor: escaping) }
    }

    private mutating func append(neutralising source: UnsafeBufferPointer<UInt8>, escapedFor escaping: Escaping) {
        switch escaping {
        case .html: append(neutralising: source, escaping: HTMLSpecials.self)
        case .markdown: append(neutralising: source, escaping: MarkdownSpecials.self)
        case .markdownDestination: append(neutralising: source, escaping: DestinationSpecials.self)
        }
    }

    /// The scan, made once for each format so that the test of a byte is a few instructions.
    @inline(__always)
    private mutating func append<Specials: EscapedBytes>(
        neutralising source: UnsafeBufferPointer<UInt8>, escaping _: Specials.Type
    ) {
        let count = source.count
        let stops = Self.anyFormat | Specials.byteClass
        var runStart = 0
        var index = 0
        while true {
            // The fast path: a byte that is copied as it is, which almost every byte is.
            while index < count, byteClasses[Int(source[index])] & stops == 0 { index += 1 }
            guard index < count else { break }
            let byte = source[index]
            var length = 1
            var replacement = byte
            switch byte {
            case 0x09, 0x0A, 0x0D:
                replacement = UInt8(ascii: " ")
            case 0x00...0x1F, 0x7F:
                replacement = 0
            case 0xC2, 0xE2, 0xEF:
                guard let control = String.multiByteControl(in: source, at: index) else {
                    // A scalar kept as it is: its bytes stay in the run.
                    index += 1
                    continue
                }
                length = control.length
                replacement = control.space ? UInt8(ascii: " ") : 0
            default:
                break
            }
            if runStart < index { append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<index])) }
            // A dropped control leaves nothing; the space a line break becomes is escaped where a
            // space is (in a link destination).
            if replacement != 0 {
                if Specials.contains(replacement) {
                    Specials.appendEscape(of: replacement, to: &self)
                } else {
                    append(byte: replacement)
                }
            }
            index += length
            runStart = index
        }
        if runStart < count { append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<count])) }
    }

    /// The class bit of a byte every scan stops at: a control, or the lead byte of a scalar that
    /// may be one (`C2`, `E2`, `EF`).
    private static let anyFormat: UInt8 = 1

    /// Fills the table, built once for each buffer: a lookup is the cheapest test of a byte, and
    /// owning it keeps the scans free of shared state and of reference counting.
    static func fillByteClasses(_ table: UnsafeMutablePointer<UInt8>) {
        for value in 0..<256 {
            let byte = UInt8(value)
            var classes: UInt8 = 0
            switch byte {
            case 0x00...0x1F, 0x7F, 0xC2, 0xE2, 0xEF: classes = anyFormat
            default: break
            }
            if HTMLSpecials.contains(byte) { classes |= HTMLSpecials.byteClass }
            if MarkdownSpecials.contains(byte) { classes |= MarkdownSpecials.byteClass }
            if DestinationSpecials.contains(byte) { classes |= DestinationSpecials.byteClass }
            table[value] = classes
        }
    }
}

/// The printable ASCII a format escapes, and how.
private protocol EscapedBytes {
    /// The format's bit in ``UTF8Output/byteClasses``.
    static var byteClass: UInt8 { get }
    static func contains(_ byte: UInt8) -> Bool
    static func appendEscape(of byte: UInt8, to output: inout UTF8Output)
}

/// `& < > " '`, as entities.
private enum HTMLSpecials: EscapedBytes {
    static var byteClass: UInt8 { 2 }

    @inline(__always)
    static func contains(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"): true
        default: false
        }
    }

    static func appendEscape(of byte: UInt8, to output: inout UTF8Output) {
        switch byte {
        case UInt8(ascii: "&"): output.append("&amp;")
        case UInt8(ascii: "<"): output.append("&lt;")
        case UInt8(ascii: ">"): output.append("&gt;")
        case UInt8(ascii: "\""): output.append("&quot;")
        default: output.append("&#39;")
        }
    }
}

/// ``Swift/String/markdownSpecials``, behind a backslash.
private enum MarkdownSpecials: EscapedBytes {
    static var byteClass: UInt8 { 4 }

    @inline(__always)
    static func contains(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["),
            UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "#"), UInt8(ascii: "|"),
            UInt8(ascii: "~"), UInt8(ascii: "&"), UInt8(ascii: "!"):
            true
        default: false
        }
    }

    static func appendEscape(of byte: UInt8, to output: inout UTF8Output) {
        output.append(byte: UInt8(ascii: "\\"))
        output.append(byte: byte)
    }
}

/// What could end a link destination: `( ) < > \` and space, behind a backslash.
private enum DestinationSpecials: EscapedBytes {
    static var byteClass: UInt8 { 8 }

    @inline(__always)
    static func contains(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\\"),
            UInt8(ascii: " "):
            true
        default: false
        }
    }

    static func appendEscape(of byte: UInt8, to output: inout UTF8Output) {
        output.append(byte: UInt8(ascii: "\\"))
        output.append(byte: byte)
    }
}
