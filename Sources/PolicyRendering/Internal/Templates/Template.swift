/// A sentence from the template files, cut into literal text and named `{{placeholders}}`.
///
/// Parsing also cuts each literal at its `**` marks, so filling a template — done for every sentence
/// of every statement — only copies runs.
struct Template: Hashable, Sendable {
    enum Segment: Hashable, Sendable {
        case literal(String)
        case placeholder(String)
    }

    let segments: [Segment]

    /// The segments as runs to copy: literal text cut at `**` into plain and bold runs, and placeholders.
    let pieces: [Piece]

    /// A run of literal text, or a placeholder to replace.
    enum Piece: Hashable, Sendable {
        case run(Inline)
        case placeholder(String)
    }

    init(segments: [Segment]) {
        self.segments = segments
        pieces = Self.pieces(of: segments)
    }

    /// A template whose `pieces` the caller has already cut from `segments`, as ``init(segments:)`` would.
    init(segments: [Segment], pieces: [Piece]) {
        self.segments = segments
        self.pieces = pieces
    }

    /// The placeholder names, in order of first use.
    var placeholders: [String] {
        var seen: [String] = []
        for case .placeholder(let name) in segments where !seen.contains(name) { seen.append(name) }
        return seen
    }

    /// Why a text is not a template.
    struct ParseFailure: Error {
        var message: String
    }

    static func isPlaceholderName(_ name: String) -> Bool {
        guard let first = name.first, first.isASCII, first.isLetter else { return false }
        return name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
    }

    /// The sentence as runs, each placeholder replaced by its value; a placeholder with no value is left out.
    ///
    /// Literal text between `**` pairs becomes bold. Adjacent plain runs are merged and empty runs
    /// dropped, as ``Swift/Array/merged`` does.
    func fill(_ values: [String: [Inline]]) -> [Inline] {
        var result: [Inline] = []
        result.reserveCapacity(pieces.count)
        for piece in pieces {
            switch piece {
            case .run(let run): result.appendMerging(run)
            case .placeholder(let name):
                for run in values[name] ?? [] { result.appendMerging(run) }
            }
        }
        return result
    }

    /// The text with each placeholder replaced by a string the caller has already made safe.
    func fill(raw values: [String: String]) -> String {
        var result = ""
        for segment in segments {
            switch segment {
            case .literal(let text): result += text
            case .placeholder(let name): result += values[name] ?? ""
            }
        }
        return result
    }

    private static func pieces(of segments: [Segment]) -> [Piece] {
        segments.flatMap { segment -> [Piece] in
            switch segment {
            case .literal(let text):
                text.utf8Components(separatedBy: "**").enumerated().map { index, part in
                    .run(index % 2 == 1 ? .strong(part) : .text(part))
                }
            case .placeholder(let name): [.placeholder(name)]
            }
        }
    }
}
