import Foundation

/// A sentence from the template files, cut into literal text and named `{{placeholders}}`.
struct Template: Hashable, Sendable {
    enum Segment: Hashable, Sendable {
        case literal(String)
        case placeholder(String)
    }

    var segments: [Segment]

    /// The placeholder names, in order of first use.
    var placeholders: [String] {
        var seen: [String] = []
        for case .placeholder(let name) in segments where !seen.contains(name) { seen.append(name) }
        return seen
    }

    /// Parses `Text with {{name}}`; a name is ASCII letters and digits, starting with a letter.
    static func parse(_ text: String) -> Result<Template, ParseFailure> {
        var segments: [Segment] = []
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            if open.lowerBound > rest.startIndex { segments.append(.literal(String(rest[..<open.lowerBound]))) }
            guard let close = rest[open.upperBound...].range(of: "}}") else {
                return .failure(ParseFailure(message: "'{{' is not closed by '}}'"))
            }
            let name = String(rest[open.upperBound..<close.lowerBound])
            guard isPlaceholderName(name) else {
                return .failure(ParseFailure(message: "'{{\(name)}}' is not a placeholder (letters and digits)"))
            }
            segments.append(.placeholder(name))
            rest = rest[close.upperBound...]
        }
        if rest.contains("}}") { return .failure(ParseFailure(message: "'}}' has no opening '{{'")) }
        if !rest.isEmpty { segments.append(.literal(String(rest))) }
        for case .literal(let text) in segments where text.components(separatedBy: "**").count % 2 == 0 {
            return .failure(ParseFailure(message: "'**' opens bold text that is not closed before a placeholder or the end"))
        }
        return .success(Template(segments: segments))
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
    /// Literal text between `**` pairs becomes bold.
    func fill(_ values: [String: [Inline]]) -> [Inline] {
        segments.flatMap { segment -> [Inline] in
            switch segment {
            case .literal(let text):
                text.components(separatedBy: "**").enumerated().map { index, part in
                    index % 2 == 1 ? .strong(part) : .text(part)
                }
            case .placeholder(let name): values[name] ?? []
            }
        }.merged
    }

    /// The text with each placeholder replaced by a string the caller has already made safe.
    func fill(raw values: [String: String]) -> String {
        segments.map { segment in
            switch segment {
            case .literal(let text): text
            case .placeholder(let name): values[name] ?? ""
            }
        }.joined()
    }
}
