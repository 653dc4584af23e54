/// One plain text made of several pieces (sentences filled with plain text, policy texts, fixed
/// separators), written piece by piece into the composer's scratch buffer and made a string once.
///
/// Built with ``RunsBuilder`` instead, each sentence would be made a string, and each piece joined to
/// the text before it would grow that string again: a retention rule's duration made five strings
/// on its way to the one it keeps.
struct PlainTextWriter {
    private let lexicon: Lexicon
    private let output: UnsafeMutablePointer<UTF8Output>

    /// A writer into `output`, emptied first.
    fileprivate init(lexicon: Lexicon, output: UnsafeMutablePointer<UTF8Output>) {
        self.lexicon = lexicon
        self.output = output
        output.pointee.removeAll()
    }

    /// Appends `text` as it is: a string, or part of one.
    func append(_ text: some StringProtocol) {
        let copied: Void? = text.utf8.withContiguousStorageIfAvailable { output.pointee.append(contentsOf: $0) }
        if copied == nil { output.pointee.append(raw: String(text)) }
    }

    /// Appends a label as running text sets it: its text, the first letter lowered when the label
    /// says so (``RunningTextLabel/string``).
    func append(_ label: RunningTextLabel) {
        guard label.lowersFirstLetter else { return append(label.text) }
        UTF8Output.withUTF8(of: label.text) { bytes in
            // Only an ASCII capital is lowered, so the bytes stay valid UTF-8 whatever the label.
            guard let first = bytes.first, (0x41...0x5A).contains(first) else {
                return output.pointee.append(contentsOf: bytes)
            }
            output.pointee.append(byte: first | 0x20)
            output.pointee.append(contentsOf: UnsafeBufferPointer(rebasing: bytes.dropFirst()))
        }
    }

    /// Appends a fixed separator.
    func append(_ literal: StaticString) {
        output.pointee.append(literal)
    }

    /// Appends the sentence `key` with its placeholders filled with `a` and `b`, in the order
    /// ``TemplateKeys/withPlaceholders`` lists them: the text of `Composer.runs(key, a, b)`, when that is
    /// one plain run or none.
    ///
    /// Answers `false`, having written part of the sentence, when the sentence holds a run that is not
    /// plain text (bold, a link): its runs cannot be one plain text.
    func append(_ key: SentenceKey?, _ a: some StringProtocol, _ b: some StringProtocol) -> Bool {
        append(key) { slot in
            if slot == 0 { append(a) } else { append(b) }
        }
    }

    /// ``append(_:_:_:)`` of a sentence without placeholders.
    func append(_ key: SentenceKey?) -> Bool {
        append(key) { _ in }
    }

    /// ``append(_:_:_:)`` of a sentence with one placeholder.
    func append(_ key: SentenceKey?, _ a: some StringProtocol) -> Bool {
        append(key) { _ in append(a) }
    }

    /// Appends the sentence `key`, `slot` writing the value of each placeholder (numbered as
    /// ``TemplateKeys/withPlaceholders`` lists the key's names) through this writer when it is reached.
    ///
    /// Answers `false`, having written part of the sentence, when the sentence holds a run that is not
    /// plain text (bold, a link). With `flattening`, such a run is written as the text a reader sees
    /// (``Inline/plainText``), as ``Composer/string(_:_:_:_:)`` writes it, and the answer is `true`.
    func append(_ key: SentenceKey?, flattening: Bool = false, slot: (Int) -> Void) -> Bool {
        guard let sentence = key.flatMap({ lexicon[$0] }) else { return true }
        for piece in sentence.pieces {
            switch piece {
            case .run(.text(let text)): append(text)
            // A sentence filling drops empty bold runs too.
            case .run(.strong(let text)) where text.isEmpty: break
            case .run(let run):
                guard flattening else { return false }
                append(run.plainText)
            case .slot(let index?): slot(index)
            case .slot(nil): break
            }
        }
        return true
    }

    /// Appends `number` in decimal digits, as `String(number)` writes it.
    func append(decimal number: Int) {
        guard number >= 0 else { return append(String(number)) }
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        withUnsafeMutableBytes(of: &digits) { buffer in
            var start = buffer.count
            var rest = number
            repeat {
                start -= 1
                buffer[start] = UInt8(truncatingIfNeeded: 0x30 + rest % 10)
                rest /= 10
            } while rest > 0
            output.pointee.append(contentsOf: UnsafeBufferPointer(rebasing: buffer.bindMemory(to: UInt8.self)[start...]))
        }
    }

    /// Appends `count` texts, `separator` between each two.
    func append(joining count: Int, separator: StaticString, _ text: (Int) -> String) {
        for index in 0..<count {
            if index > 0 { append(separator) }
            append(text(index))
        }
    }

    /// The text written, its first letter in capitals when `capitalized` (``Swift/String/capitalizedFirst``).
    ///
    /// An ASCII small letter followed by an ASCII byte (or nothing) is raised as the string is made;
    /// other openings go by characters, on the string.
    fileprivate func finish(capitalized: Bool) -> String {
        output.pointee.withBytes { raw in
            let bytes = raw.assumingMemoryBound(to: UInt8.self)
            guard capitalized, let first = bytes.first else { return String(validUTF8: bytes) }
            guard first < 0x80, bytes.count == 1 || bytes[1] < 0x80 else { return String(validUTF8: bytes).capitalizedFirst }
            guard (0x61...0x7A).contains(first) else { return String(validUTF8: bytes) }
            return String(bytes, firstByteReplacedBy: first - 0x20)
        }
    }
}

extension Composer {
    /// The plain text `body` writes, made a string once; `nil` when `body` answers `false` (a piece
    /// was not plain text).
    ///
    /// The scratch buffer is the one sentences are filled in: `body` must only write through the
    /// writer, never fill a sentence of its own meanwhile.
    func plainText(capitalized: Bool, _ body: (PlainTextWriter) -> Bool) -> String? {
        let writer = PlainTextWriter(lexicon: lexicon, output: scratch)
        guard body(writer) else { return nil }
        return writer.finish(capitalized: capitalized)
    }
}
