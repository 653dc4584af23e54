/// Builds runs as ``Swift/Array/merged`` would: adjacent plain runs joined, empty plain and bold runs dropped.
struct RunsBuilder {
    private var runs: [Inline] = []
    /// The plain text not yet closed into a run.
    private var text = ""

    init() {}

    mutating func append(_ run: Inline) {
        switch run {
        case .text(let next): append(text: next)
        case .strong(let next) where next.isEmpty: break
        default:
            flush()
            runs.append(run)
        }
    }

    mutating func append(text next: String) {
        if text.isEmpty { text = next } else { text += next }
    }

    mutating func append(_ runs: [Inline]) {
        for run in runs { append(run) }
    }

    private mutating func flush() {
        guard !text.isEmpty else { return }
        runs.append(.text(text))
        text = ""
    }

    /// The runs built.
    mutating func finish() -> [Inline] {
        flush()
        return runs
    }

    /// The runs built, as ``Runs``: `Runs(finish())`, without an array for one plain run.
    mutating func finishRuns() -> Runs {
        guard runs.isEmpty else { return .mixed(finish()) }
        return text.isEmpty ? .mixed([]) : .plain(text)
    }

    /// Appends runs as ``append(_:)-([Inline])`` would their array.
    mutating func append(_ runs: Runs) {
        switch runs {
        case .plain(let text): append(text: text)
        case .mixed(let runs): append(runs)
        }
    }
}
