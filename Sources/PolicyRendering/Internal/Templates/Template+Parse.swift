extension Template {
    /// Parses `Text with {{name}}`; a name is ASCII letters and digits, starting with a letter.
    ///
    /// The marks `{{`, `}}` and `**` are ASCII, so the text is searched as UTF-8.
    static func parse(_ text: String) -> Result<Template, ParseFailure> {
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
