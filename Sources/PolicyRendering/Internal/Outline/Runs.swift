/// The runs of a table cell or a section heading, and of the values cells are built from.
///
/// Nearly every cell and heading is one plain text: held as ``plain(_:)``, it needs no array of runs,
/// which a statement would otherwise allocate, and later free, about three hundred times.
///
/// A value has one form only: runs made of one plain run are always ``plain(_:)`` (``init(_:)``, the
/// array literal and the builders' `finishRuns` make them so, and every operation here keeps it), so
/// equal runs are equal values.
enum Runs: Hashable, Sendable {
    /// One plain run.
    case plain(String)
    /// Any other runs: none, several, or one that is not plain text.
    case mixed([Inline])

    init(_ runs: [Inline]) {
        if runs.count == 1, case .text(let text) = runs[0] {
            self = .plain(text)
        } else {
            self = .mixed(runs)
        }
    }

    /// Whether there are no runs; one plain run counts even when its text is empty, as an array of it did.
    var isEmpty: Bool {
        switch self {
        case .plain: false
        case .mixed(let runs): runs.isEmpty
        }
    }

    /// The runs as an array of runs.
    var inlines: [Inline] {
        switch self {
        case .plain(let text): [.text(text)]
        case .mixed(let runs): runs
        }
    }

    /// The text a reader sees, without markup.
    var plainText: String {
        switch self {
        case .plain(let text): text
        case .mixed(let runs): runs.plainText
        }
    }

    /// The runs with the first letter of the first run in capitals (``Swift/Array/capitalizeFirstLetter()``).
    mutating func capitalizeFirstLetter() {
        switch self {
        case .plain(let text):
            if let raised = text.firstLetterRaised { self = .plain(raised) }
        case .mixed(var runs):
            self = .mixed([])
            runs.capitalizeFirstLetter()
            self = .mixed(runs)
        }
    }

    /// ``Outline/typesetText(_:)`` for the runs.
    mutating func typesetText(_ transform: (String) -> String?) {
        if case .plain = self {
            // Read through a pointer, without a retain of the text, as `[Inline]` reads its runs.
            let new = withUnsafeMutablePointer(to: &self) { runs -> String? in
                guard case .plain(let text) = runs.pointee else { return nil }
                return transform(text)
            }
            if let new { self = .plain(new) }
        } else if case .mixed(var runs) = self {
            // Let go of this value's reference first, so the array is rewritten in place.
            self = .mixed([])
            runs.typesetText(transform)
            self = .mixed(runs)
        }
    }
}

extension Runs: ExpressibleByArrayLiteral {
    init(arrayLiteral runs: Inline...) {
        self.init(runs)
    }
}
