/// Texts written one after the other into a single string.
///
/// `a + b + c` (or `+=` piece by piece) regrows the string at each piece and checks each join; a text
/// made of several pieces whose total length is known is cheaper written once into storage of that
/// size. The pieces are valid UTF-8, so their concatenation is too and the result reads exactly as
/// the pieces joined with `+` would.
struct JoinedText: ~Copyable {
    private let buffer: UnsafeMutableBufferPointer<UInt8>
    /// How many bytes are written so far.
    private(set) var count = 0

    private init(_ buffer: UnsafeMutableBufferPointer<UInt8>) {
        self.buffer = buffer
    }

    /// Appends the text's bytes; traps when they do not fit the length announced to ``make(bytes:_:)``.
    mutating func append(_ text: String) {
        UTF8Output.withUTF8(of: text) { bytes in
            let end = count + bytes.count
            precondition(end <= buffer.count, "JoinedText: more bytes than announced")
            _ = UnsafeMutableBufferPointer(rebasing: buffer[count..<end]).initialize(fromContentsOf: bytes)
            count = end
        }
    }

    /// Appends the label's text, its first letter lowered when the label says so (an ASCII capital
    /// lowered is one ASCII byte for another: the length is the text's).
    mutating func append(_ label: RunningTextLabel) {
        let start = count
        append(label.text)
        // Only an ASCII capital is lowered, so the bytes stay valid UTF-8 whatever the label.
        if label.lowersFirstLetter, count > start, (0x41...0x5A).contains(buffer[start]) { buffer[start] |= 0x20 }
    }

    /// The string `write` makes by appending texts of `bytes` bytes in all (at most).
    ///
    /// The bytes are written into a scratch buffer and copied into the string without being checked
    /// again (``Swift/String/init(validUTF8:)``): they are valid UTF-8 by construction, and checking
    /// them costs more than writing them.
    static func make(bytes: Int, _ write: (inout JoinedText) -> Void) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes) { buffer in
            var text = JoinedText(buffer)
            write(&text)
            return String(validUTF8: UnsafeBufferPointer(rebasing: buffer[..<text.count]))
        }
    }
}

extension String {
    /// `(0..<count).map(text).joined(separator: separator)`, written into one allocation.
    ///
    /// Each text is asked for twice, once to measure it and once to copy it, so `text` must answer
    /// the same both times (a lookup, not a computation with side effects); one text is returned as is.
    init(joining count: Int, separator: String, _ text: (Int) -> String) {
        guard count > 1 else {
            self = count == 1 ? text(0) : ""
            return
        }
        var bytes = separator.utf8.count * (count - 1)
        for index in 0..<count { bytes += text(index).utf8.count }
        self = JoinedText.make(bytes: bytes) { joined in
            for index in 0..<count {
                if index > 0 { joined.append(separator) }
                joined.append(text(index))
            }
        }
    }

    /// ``init(joining:separator:_:)`` of labels: each label's text, lowered where the label says so.
    init(joining count: Int, separator: String, labels label: (Int) -> RunningTextLabel) {
        guard count > 1 else {
            self = count == 1 ? label(0).string : ""
            return
        }
        var bytes = separator.utf8.count * (count - 1)
        for index in 0..<count { bytes += label(index).text.utf8.count }
        self = JoinedText.make(bytes: bytes) { joined in
            for index in 0..<count {
                if index > 0 { joined.append(separator) }
                joined.append(label(index))
            }
        }
    }
}
