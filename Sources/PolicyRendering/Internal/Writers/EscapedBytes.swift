/// The printable ASCII a format escapes, and how.
protocol EscapedBytes {
    /// The format's bit in ``UTF8Output/byteClasses``.
    static var byteClass: UInt8 { get }
    /// The bytes escaped, each once.
    static var specials: StaticString { get }
    static func appendEscape(of byte: UInt8, to output: inout UTF8Output)
    /// Which of the sixteen bytes from `start` on the format's scan stops at, byte `i` as bit `i`,
    /// and perhaps a few rare others (see `StopBytes.swift`); `table` is ``UTF8Output/byteClasses``.
    static func stops(inSixteenAt start: UnsafePointer<UInt8>, table: UnsafePointer<UInt8>) -> UInt32
}

/// `& < > " '`, as entities.
enum HTMLSpecials: EscapedBytes {
    static var byteClass: UInt8 { 2 }

    static var specials: StaticString { "&<>\"'" }

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

/// The characters CommonMark and GFM could read as markup, escaped with a backslash: the backslash
/// and the backtick, `* _ [ ] < > # | ~ & !`.
enum MarkdownSpecials: EscapedBytes {
    static var byteClass: UInt8 { 4 }

    static var specials: StaticString { "\\`*_[]<>#|~&!" }

    static func appendEscape(of byte: UInt8, to output: inout UTF8Output) {
        output.append(byte: UInt8(ascii: "\\"))
        output.append(byte: byte)
    }
}

/// What could end a link destination: `( ) < > \` and space, behind a backslash.
enum DestinationSpecials: EscapedBytes {
    static var byteClass: UInt8 { 8 }

    static var specials: StaticString { "()<>\\ " }

    static func appendEscape(of byte: UInt8, to output: inout UTF8Output) {
        output.append(byte: UInt8(ascii: "\\"))
        output.append(byte: byte)
    }
}
