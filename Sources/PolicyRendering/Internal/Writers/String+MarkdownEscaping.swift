extension String {
    /// The text made literal in Markdown: emphasis, links, raw HTML, entities, code spans and table
    /// pipes are escaped, so nothing a policy says becomes markup.
    var escapedForMarkdown: String {
        var output = UTF8Output(capacity: utf8.count + 16)
        output.append(self, escapedFor: .markdown)
        return output.string
    }

    /// The line with an opening that would start a list, a heading underline or a code block made literal.
    ///
    /// `- x`, `+ x`, `= x` and `2018. x` escape their first marker; leading spaces are dropped.
    var protectingMarkdownLineStart: String {
        let line = drop { $0 == " " }
        guard let first = line.first else { return "" }
        if "-+=".contains(first) { return "\\" + line }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, let marker = line.dropFirst(digits.count).first, marker == "." || marker == ")" {
            return digits + "\\" + line.dropFirst(digits.count)
        }
        return String(line)
    }

    /// The text as a YAML double-quoted scalar.
    var quotedForYAML: String {
        var result = "\""
        for char in neutralisingControls {
            switch char {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            default: result.append(char)
            }
        }
        return result + "\""
    }
}
