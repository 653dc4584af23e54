extension Template {
    /// Parses `Text with {{name}}`; a name is ASCII letters and digits, starting with a letter.
    ///
    /// The marks `{{`, `}}` and `**` are ASCII, so the text is read once as UTF-8: an ASCII mark
    /// cannot start or end inside a multi-byte scalar, so every cut falls between scalars. The rules,
    /// checked in this order, are those of ``parseByText(_:)``, which the tests compare it with.
    static func parse(_ text: String) -> Result<Template, ParseFailure> {
        var text = text
        return text.withUTF8 { parse(bytes: $0) }
    }

    private static func parse(bytes: UnsafeBufferPointer<UInt8>) -> Result<Template, ParseFailure> {
        let open = UInt8(ascii: "{")
        let close = UInt8(ascii: "}")
        let count = bytes.count
        func string(_ range: Range<Int>) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        }
        /// The offset of the first `mark mark` pair at or after `from`.
        func pair(_ mark: UInt8, from: Int) -> Int? {
            var index = from
            while index + 1 < count {
                if bytes[index] == mark && bytes[index + 1] == mark { return index }
                index += 1
            }
            return nil
        }
        var segments: [Segment] = []
        var pieces: [Piece] = []
        /// Appends a literal and its plain and bold runs; `false` when its `**` are not paired.
        func literal(_ range: Range<Int>) -> Bool {
            segments.append(.literal(string(range)))
            var start = range.lowerBound
            var bold = false
            var index = range.lowerBound
            while index + 1 < range.upperBound {
                if bytes[index] == UInt8(ascii: "*") && bytes[index + 1] == UInt8(ascii: "*") {
                    let part = string(start..<index)
                    pieces.append(.run(bold ? .strong(part) : .text(part)))
                    bold.toggle()
                    index += 2
                    start = index
                } else {
                    index += 1
                }
            }
            let part = string(start..<range.upperBound)
            pieces.append(.run(bold ? .strong(part) : .text(part)))
            return !bold
        }
        var rest = 0
        var unpaired = false
        while let opening = pair(open, from: rest) {
            if opening > rest, !literal(rest..<opening) { unpaired = true }
            guard let closing = pair(close, from: opening + 2) else {
                return .failure(ParseFailure(message: "'{{' is not closed by '}}'"))
            }
            guard isPlaceholderName(UnsafeBufferPointer(rebasing: bytes[(opening + 2)..<closing])) else {
                return .failure(ParseFailure(message: "'{{\(string((opening + 2)..<closing))}}' is not a placeholder (letters and digits)"))
            }
            let name = string((opening + 2)..<closing)
            segments.append(.placeholder(name))
            pieces.append(.placeholder(name))
            rest = closing + 2
        }
        if pair(close, from: rest) != nil { return .failure(ParseFailure(message: "'}}' has no opening '{{'")) }
        if rest < count, !literal(rest..<count) { unpaired = true }
        if unpaired {
            return .failure(ParseFailure(message: "'**' opens bold text that is not closed before a placeholder or the end"))
        }
        return .success(Template(segments: segments, pieces: pieces))
    }

    /// ``isPlaceholderName(_:)`` on UTF-8: a byte outside ASCII belongs to a character that is not ASCII.
    private static func isPlaceholderName(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        func isLetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }
        guard let first = bytes.first, isLetter(first) else { return false }
        return bytes.allSatisfy { isLetter($0) || (0x30...0x39).contains($0) }
    }

    /// ``parse(_:)`` read as the rules are written, on strings: the reference the tests compare with.
    static func parseByText(_ text: String) -> Result<Template, ParseFailure> {
        var segments: [Segment] = []
        var rest = Substring(text)
        while let open = rest.utf8Range(of: "{{") {
            if open.lowerBound > rest.startIndex { segments.append(.literal(String(rest[..<open.lowerBound]))) }
            guard let close = rest[open.upperBound...].utf8Range(of: "}}") else {
                return .failure(ParseFailure(message: "'{{' is not closed by '}}'"))
            }
            let name = String(rest[open.upperBound..<close.lowerBound])
            guard isPlaceholderName(name) else {
                return .failure(ParseFailure(message: "'{{\(name)}}' is not a placeholder (letters and digits)"))
            }
            segments.append(.placeholder(name))
            rest = rest[close.upperBound...]
        }
        if rest.utf8Range(of: "}}") != nil { return .failure(ParseFailure(message: "'}}' has no opening '{{'")) }
        if !rest.isEmpty { segments.append(.literal(String(rest))) }
        for case .literal(let text) in segments where text.utf8Components(separatedBy: "**").count % 2 == 0 {
            return .failure(ParseFailure(message: "'**' opens bold text that is not closed before a placeholder or the end"))
        }
        return .success(Template(segments: segments))
    }
}
