import PolicyModel

/// A run of text inside a paragraph, list item, table cell or heading.
///
/// Runs hold plain text: escaping is the writers' job, so nothing a policy says can become markup.
enum Inline: Hashable, Sendable {
    /// Plain text.
    case text(String)
    /// Text set in bold: a label, a term being defined.
    case strong(String)
    /// A link to a published address: a website, an e-mail address, a telephone number.
    case link(text: String, to: WebAddress)
    /// A link to another part of the statement, by anchor id.
    case anchor(text: String, id: String)

    /// The text a reader sees, without markup.
    var plainText: String {
        switch self {
        case .text(let text), .strong(let text): text
        case .link(let text, _), .anchor(let text, _): text
        }
    }
}

extension [Inline] {
    /// The text a reader sees, without markup.
    var plainText: String {
        guard count > 1 else { return first?.plainText ?? "" }
        var text = ""
        for run in self { text += run.plainText }
        return text
    }

    /// Only the links among the runs.
    var links: [Inline] {
        filter { if case .link = $0 { true } else { false } }
    }

    /// Adjacent plain-text runs merged, so typography sees whole phrases.
    var merged: [Inline] {
        var result: [Inline] = []
        result.reserveCapacity(count)
        for run in self { result.appendMerging(run) }
        return result
    }
}

extension [Inline] {
    /// The runs with the first letter of the first run in capitals: a table cell opening with `un an` reads `Un an`.
    var capitalizingFirstLetter: [Inline] {
        var result = self
        result.capitalizeFirstLetter()
        return result
    }

    /// ``capitalizingFirstLetter`` in place; the runs are left alone (and not copied) when the first
    /// run is a link or its text is one ``String/firstLetterRaised`` leaves as it is.
    mutating func capitalizeFirstLetter() {
        guard let first = first else { return }
        switch first {
        case .text(let text): if let raised = text.firstLetterRaised { self[0] = .text(raised) }
        case .strong(let text): if let raised = text.firstLetterRaised { self[0] = .strong(raised) }
        case .link, .anchor: break
        }
    }
}

extension [Inline] {
    /// Appends `run` as ``merged`` would: a plain run joins a plain run before it, empty runs are dropped.
    mutating func appendMerging(_ run: Inline) {
        if case .text(let next) = run, case .text(let previous)? = last {
            self[count - 1] = .text(previous + next)
        } else if case .text(let text) = run, text.isEmpty {
            return
        } else if case .strong(let text) = run, text.isEmpty {
            return
        } else {
            append(run)
        }
    }
}

extension String {
    /// The text with its first letter in capitals: `text.prefix(1).uppercased() + text.dropFirst()`.
    ///
    /// A text opening with an ASCII byte followed by another (or nothing) has a one-byte first
    /// character, raised on its own; other texts go by characters.
    var capitalizedFirst: String {
        firstLetterRaised ?? self
    }

    /// ``capitalizedFirst``, or `nil` when it is the text itself: the text is empty, or opens with an
    /// ASCII byte other than `a`…`z` followed by another ASCII byte (or nothing).
    var firstLetterRaised: String? {
        let bytes = utf8
        guard let first = bytes.first else { return nil }
        let second = bytes.dropFirst().first
        guard first < 0x80, second.map({ $0 < 0x80 }) ?? true else {
            return prefix(1).uppercased() + dropFirst()
        }
        guard (0x61...0x7A).contains(first) else { return nil }
        return replacingFirstByte(with: first - 0x20)
    }

    /// The text with its first UTF-8 byte, an ASCII letter, replaced by the ASCII letter `byte`.
    func replacingFirstByte(with byte: UInt8) -> String {
        UTF8Output.withUTF8(of: self) { String($0, firstByteReplacedBy: byte) }
    }
}
