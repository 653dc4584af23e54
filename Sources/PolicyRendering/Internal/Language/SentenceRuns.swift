/// The runs of one sentence being filled, built as ``RunsBuilder`` builds them (adjacent plain runs
/// joined, empty plain and bold runs dropped), with plain text of several pieces joined in a scratch
/// buffer the composer keeps.
///
/// A plain run of one piece keeps that piece's string, shared and not copied. A plain run of several
/// pieces is written piece by piece into the scratch buffer and made a string once, where appending
/// to a string regrows it at each piece: for the sentences of a statement, about one plain run in two.
struct SentenceRuns {
    private var runs: [Inline] = []
    /// The room to reserve when the first run is closed: a sentence of one plain run, made as
    /// ``Runs/plain(_:)`` by ``finishRuns(scratch:)``, never needs the array.
    private let capacity: Int
    /// The first piece of the plain text not yet closed into a run, while it is the only one.
    private var piece = ""
    /// Whether the plain text not yet closed into a run has several pieces, written in the scratch buffer.
    private var isJoined = false

    /// Room for `capacity` runs, allocated once, when the first run is closed.
    init(capacity: Int) {
        self.capacity = capacity
    }

    /// Appends a run; plain text joins the plain text before it.
    mutating func append(_ run: Inline, scratch: inout UTF8Output) {
        switch run {
        case .text(let text): append(text: text, scratch: &scratch)
        case .strong(let text) where text.isEmpty: break
        default:
            closeText(scratch: &scratch)
            appendClosed(run)
        }
    }

    /// Appends plain text.
    mutating func append(text: String, scratch: inout UTF8Output) {
        guard !text.isEmpty else { return }
        if isJoined {
            scratch.append(raw: text)
        } else if piece.isEmpty {
            piece = text
        } else {
            scratch.removeAll()
            scratch.append(raw: piece)
            scratch.append(raw: text)
            piece = ""
            isJoined = true
        }
    }

    /// Appends plain text whose first byte, an ASCII capital, is lowered: `append(text:)` of the
    /// lowered text, written into the scratch buffer lowered so that no string of it is made.
    ///
    /// The plain text goes to the scratch buffer as if it had several pieces: a plain run made there
    /// holds the same bytes as one kept as its single piece.
    mutating func append(loweringFirstLetterOf text: String, scratch: inout UTF8Output) {
        if !isJoined {
            scratch.removeAll()
            scratch.append(raw: piece)
            piece = ""
            isJoined = true
        }
        UTF8Output.withUTF8(of: text) { bytes in
            // Only an ASCII capital is lowered, so the bytes stay valid UTF-8 whatever the value.
            guard let first = bytes.first, (0x41...0x5A).contains(first) else {
                assertionFailure("a lowered text opens with an ASCII capital")
                scratch.append(contentsOf: bytes)
                return
            }
            scratch.append(byte: first | 0x20)
            scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes.dropFirst()))
        }
    }

    /// Appends a placeholder's value.
    mutating func append(_ fill: Composer.Fill, scratch: inout UTF8Output) {
        switch fill {
        case .text(let text): append(text: text, scratch: &scratch)
        case .loweredText(let text): append(loweringFirstLetterOf: text, scratch: &scratch)
        case .strong(let text): append(Inline.strong(text), scratch: &scratch)
        case .runs(let runs): for run in runs { append(run, scratch: &scratch) }
        case .list(let items, let separator):
            var first = true
            for item in items {
                if !first { append(text: separator, scratch: &scratch) }
                first = false
                for run in item { append(run, scratch: &scratch) }
            }
        }
    }

    /// Closes the plain text into a run.
    private mutating func closeText(scratch: inout UTF8Output) {
        if isJoined {
            appendClosed(.text(scratch.string))
            isJoined = false
        } else if !piece.isEmpty {
            appendClosed(.text(piece))
            piece = ""
        }
    }

    /// Appends a closed run, reserving the room the first time.
    private mutating func appendClosed(_ run: Inline) {
        if runs.isEmpty { runs.reserveCapacity(capacity) }
        runs.append(run)
    }

    /// The runs built.
    mutating func finish(scratch: inout UTF8Output) -> [Inline] {
        closeText(scratch: &scratch)
        return runs
    }

    /// The runs built, as ``Runs``: `Runs(finish(scratch:))`, without an array for one plain run.
    mutating func finishRuns(scratch: inout UTF8Output) -> Runs {
        guard runs.isEmpty else { return .mixed(finish(scratch: &scratch)) }
        if isJoined { return .plain(scratch.string) }
        return piece.isEmpty ? .mixed([]) : .plain(piece)
    }
}
