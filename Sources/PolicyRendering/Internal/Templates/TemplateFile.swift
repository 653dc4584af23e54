/// One language file of `key = text` lines, as the legal team writes it.
///
/// Blank lines and lines starting with `#` are ignored; the key runs to the first `=`; spaces around
/// the key and the text are trimmed.
struct TemplateFile: Sendable {
    var path: String
    var entries: [Entry]
    var problems: [TemplateError]

    struct Entry: Sendable {
        var key: String
        var template: Template
        var line: Int
    }

    init(path: String, contents: String) {
        self.path = path
        entries = []
        problems = []
        var seen: [String: Int] = [:]
        for (index, rawLine) in Self.lines(of: contents).enumerated() {
            let number = index + 1
            let line = Self.trimmed(rawLine)
            if line.isEmpty || Self.isComment(line) { continue }
            guard let equals = Self.firstEquals(line) else {
                fail(number, "expected 'key = text'")
                continue
            }
            let key = String(Self.trimmed(line[..<equals]))
            let text = String(Self.trimmed(line[line.index(after: equals)...]))
            guard TemplateKeys.isWellFormed(key) else {
                fail(number, "'\(key)' is not a key (letters, digits and dots)")
                continue
            }
            if let first = seen[key] {
                fail(number, "'\(key)' is already defined on line \(first)")
                continue
            }
            seen[key] = number
            switch Template.parse(text) {
            case .success(let template): entries.append(Entry(key: key, template: template, line: number))
            case .failure(let failure): fail(number, failure.message)
            }
        }
    }

    // The line is read as characters, as the legal team sees it. The helpers below read UTF-8
    // bytes where that gives the same answer (ASCII next to what they look at: an ASCII character is
    // one byte, and only a non-ASCII scalar can join a space or `=` into a larger character), and
    // characters otherwise.

    /// ``StringProtocol/trimmingSpaces``, without copying.
    static func trimmed(_ line: Substring) -> Substring {
        let bytes = line.utf8
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D }
        var start = bytes.startIndex
        var end = bytes.endIndex
        while start < end, isSpace(bytes[start]) { start = bytes.index(after: start) }
        while end > start, isSpace(bytes[bytes.index(before: end)]) { end = bytes.index(before: end) }
        // A mark after a cut space, or a prefix before one, would make it part of a larger character,
        // and a line feed after a cut carriage return makes CR LF, one character.
        let startMayJoin = start > bytes.startIndex && start < bytes.endIndex
            && (bytes[start] >= 0x80 || bytes[start] == UInt8(ascii: "\n"))
        let endMayJoin = end < bytes.endIndex && end > bytes.startIndex && bytes[bytes.index(before: end)] >= 0x80
        if startMayJoin || endMayJoin { return Substring(line.trimmingSpaces) }
        return line[start..<end]
    }

    /// `line.hasPrefix("#")`.
    static func isComment(_ line: Substring) -> Bool {
        let bytes = line.utf8
        guard bytes.first == UInt8(ascii: "#") else { return false }
        if let second = bytes.dropFirst().first, second >= 0x80 { return line.hasPrefix("#") }
        return true
    }

    /// `line.firstIndex(of: "=")`.
    static func firstEquals(_ line: Substring) -> Substring.Index? {
        let bytes = line.utf8
        guard let equals = bytes.firstIndex(of: UInt8(ascii: "=")) else { return nil }
        let after = bytes.index(after: equals)
        if bytes[..<equals].allSatisfy({ $0 < 0x80 }), after == bytes.endIndex || bytes[after] < 0x80 {
            return equals
        }
        return line.firstIndex(of: "=")
    }

    /// The file's lines, as `split(separator: "\n", omittingEmptySubsequences: false)` cuts them.
    ///
    /// The split reads characters, and CR LF is one character, not `\n`: a file without that pair is
    /// cut at its `\n` bytes (a line feed never joins the character after it), much faster; a file
    /// with it goes by characters.
    static func lines(of contents: String) -> [Substring] {
        var text = contents
        let ends: [Int]? = text.withUTF8 { bytes in
            var ends: [Int] = []
            for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
                if offset > 0 && bytes[offset - 1] == UInt8(ascii: "\r") { return nil }
                ends.append(offset)
            }
            return ends
        }
        guard let ends else { return contents.split(separator: "\n", omittingEmptySubsequences: false) }
        let bytes = contents.utf8
        var lines: [Substring] = []
        lines.reserveCapacity(ends.count + 1)
        var start = bytes.startIndex
        var startOffset = 0
        for end in ends {
            let endIndex = bytes.index(start, offsetBy: end - startOffset)
            lines.append(contents[start..<endIndex])
            start = bytes.index(after: endIndex)
            startOffset = end + 1
        }
        lines.append(contents[start...])
        return lines
    }

    private mutating func fail(_ line: Int, _ message: String) {
        problems.append(TemplateError(file: path, line: line, message: message))
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and carriage returns.
    var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" }
        let start = firstIndex { !isSpace($0) } ?? endIndex
        let end = lastIndex { !isSpace($0) }.map(index(after:)) ?? start
        return String(self[start..<end])
    }
}

extension String {
    /// ``StringProtocol/trimmingSpaces``, answered without copying when the text neither starts nor
    /// ends with a space, tab or carriage return (its first and last characters cannot be one then).
    var trimmingSpaces: String {
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D }
        // Read in place (``UTF8Output/withUTF8(of:_:)-(String,_)``): a copy to call `withUTF8` on
        // would be retained and released for each text.
        let endsWithSpace = UTF8Output.withUTF8(of: self) { bytes in
            guard let first = bytes.first, let last = bytes.last else { return false }
            return isSpace(first) || isSpace(last)
        }
        return endsWithSpace ? self[...].trimmingSpaces : self
    }
}
