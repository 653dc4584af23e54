/// Makes the control characters of text visible, for output read in a terminal or a log, one finding a line.
///
/// Policy text (a recipient's name, a waiver's reason, a file name) may hold control characters, and
/// printed raw they ring the terminal (BEL), recolour or rewrite it (ESC), vanish (NUL) or split one
/// finding over several lines. Each C0 control (U+0000–U+001F, newline and tab included), DEL (U+007F),
/// C1 control (U+0080–U+009F), the line and paragraph separators (U+2028, U+2029) and the bidirectional
/// embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), which reorder how the rest of a line
/// is shown, is written as its Swift escape in uppercase hexadecimal: ESC as `\u{1B}`, a newline as
/// `\u{A}`, a right-to-left override as `\u{202E}`. Other text, a backslash included, is kept as it is:
/// the escape is there to be seen, not decoded.
public enum VisibleControls {
    /// `text` with every control character written as `\u{…}`; `keepingLineBreaks` leaves CR and LF as
    /// they are, for a format that escapes them its own way (GitHub's `%0D`, `%0A`).
    public static func escaping(_ text: String, keepingLineBreaks: Bool = false) -> String {
        guard needsEscaping(text.utf8, keepingLineBreaks: keepingLineBreaks) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            let isLineBreak = scalar == "\n" || scalar == "\r"
            if isEscaped(scalar.value) && !(keepingLineBreaks && isLineBreak) {
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private static func isEscaped(_ value: UInt32) -> Bool {
        value < 0x20 || (0x7F...0x9F).contains(value) || (0x2028...0x202E).contains(value)
            || (0x2066...0x2069).contains(value)
    }

    /// Whether the UTF-8 bytes hold a character to escape: a byte below 0x20 or DEL, a C1 control
    /// (`C2 80`–`C2 9F`), a separator or bidirectional control of U+2028–U+202E (`E2 80 A8`–`E2 80 AE`),
    /// or an isolate of U+2066–U+2069 (`E2 81 A6`–`E2 81 A9`). Most text holds none, and is returned
    /// unchanged without being decoded.
    private static func needsEscaping(_ bytes: String.UTF8View, keepingLineBreaks: Bool) -> Bool {
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        for byte in bytes {
            if byte < 0x20 {
                if !(keepingLineBreaks && (byte == 0x0A || byte == 0x0D)) { return true }
            } else if byte == 0x7F {
                return true
            } else if previous == 0xC2 && (0x80...0x9F).contains(byte) {
                return true
            } else if beforePrevious == 0xE2 && previous == 0x80 && (0xA8...0xAE).contains(byte) {
                return true
            } else if beforePrevious == 0xE2 && previous == 0x81 && (0xA6...0xA9).contains(byte) {
                return true
            }
            beforePrevious = previous
            previous = byte
        }
        return false
    }
}
