/// A label or name of the policy as running text sets it (``Composer/inRunningText(_:)``), kept as
/// the text and whether its first letter, an ASCII capital, is lowered: the lowered text is written
/// where the label is copied (a list, a sentence) instead of being made a string of its own.
struct RunningTextLabel {
    /// The text, with its first letter still to lower when `lowersFirstLetter`.
    let text: String
    /// Whether the first byte of `text`, an ASCII capital, is lowered.
    let lowersFirstLetter: Bool

    /// A label left as written.
    init(asWritten text: String) {
        self.text = text
        lowersFirstLetter = false
    }

    /// A label whose first letter, an ASCII capital, is lowered: made by ``Composer/runningTextLabel(_:)`` only.
    fileprivate init(text: String, lowersFirstLetter: Bool) {
        assert(!lowersFirstLetter || text.utf8.first.map { (0x41...0x5A).contains($0) } == true)
        self.text = text
        self.lowersFirstLetter = lowersFirstLetter
    }

    /// The label as a string: ``Composer/inRunningText(_:)`` of the text, for a label made by
    /// ``Composer/runningTextLabel(_:)``; the text itself for one made as written.
    var string: String {
        guard lowersFirstLetter else { return text }
        return UTF8Output.withUTF8(of: text) { RunningText.loweringFirstASCIILetter($0) }
    }

    /// The label as a placeholder's value.
    var fill: Composer.Fill {
        lowersFirstLetter ? .loweredText(text) : .text(text)
    }
}

extension Composer {
    /// `text` set in running text, as a label (``inRunningText(_:)``).
    func runningTextLabel(_ text: String) -> RunningTextLabel {
        Self.runningTextLabel(text, names: properNameWords)
    }

    /// ``runningTextLabel(_:)`` with the policy's proper-name words `names`.
    static func runningTextLabel(_ text: String, names: ProperNameWords) -> RunningTextLabel {
        switch runningTextForm(text, names: names) {
        case .asWritten: RunningTextLabel(asWritten: text)
        case .loweringFirstASCIILetter: RunningTextLabel(text: text, lowersFirstLetter: true)
        case .other(let other): RunningTextLabel(asWritten: other)
        }
    }
}
