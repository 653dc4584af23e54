/// Reads a wording pattern (ICU syntax) for the literal text each of its top-level alternatives requires.
enum RegexLiterals {
    /// For each top-level alternative, its longest run of plain ASCII letters, digits, spaces and
    /// `- / @ '` that no quantifier makes optional, lowercased; `nil` when an alternative has none,
    /// or the pattern uses a construct this reader does not follow (`\Q…\E`).
    ///
    /// Escapes, classes, groups, `.`, anchors and non-ASCII characters end a run; a quantifier takes
    /// the character before it out of the run. Every match of the pattern contains the literal of the
    /// alternative it matched, so a text containing none cannot match.
    static func required(in pattern: String) -> [String]? {
        if pattern.contains("\\Q") { return nil }
        let chars = Array(pattern)
        var alternatives: [[String]] = [[]]
        var run = ""
        func flush() {
            if !run.isEmpty { alternatives[alternatives.count - 1].append(run) }
            run = ""
        }
        var i = 0
        while i < chars.count {
            let char = chars[i]
            i += 1
            switch char {
            case "\\":
                flush()
                i += 1
            case "[":
                flush()
                i = end(ofClassFrom: i, in: chars)
            case "(":
                flush()
                i = end(ofGroupFrom: i, in: chars)
            case "|":
                flush()
                alternatives.append([])
            case "?", "*", "+", "{":
                if !run.isEmpty { run.removeLast() }
                flush()
                if char == "{" { i = (chars[i...].firstIndex(of: "}") ?? chars.count - 1) + 1 }
            default:
                if char.isASCII && (char.isLetter || char.isNumber || " -/@'".contains(char)) {
                    run.append(Character(char.lowercased()))
                } else {
                    flush()
                }
            }
        }
        flush()
        let longest = alternatives.map { runs in runs.max { $0.count < $1.count } }
        guard longest.allSatisfy({ $0 != nil }) else { return nil }
        return longest.compactMap { $0 }
    }

    /// The index after the `]` closing a class whose `[` is just before `start`.
    private static func end(ofClassFrom start: Int, in chars: [Character]) -> Int {
        var i = start
        if i < chars.count, chars[i] == "^" { i += 1 }
        if i < chars.count, chars[i] == "]" { i += 1 }
        while i < chars.count {
            if chars[i] == "\\" { i += 2; continue }
            if chars[i] == "[" { i = end(ofClassFrom: i + 1, in: chars); continue }
            if chars[i] == "]" { return i + 1 }
            i += 1
        }
        return chars.count
    }

    /// The index after the `)` closing a group whose `(` is just before `start`.
    private static func end(ofGroupFrom start: Int, in chars: [Character]) -> Int {
        var i = start
        while i < chars.count {
            switch chars[i] {
            case "\\": i += 2
            case "[": i = end(ofClassFrom: i + 1, in: chars)
            case "(": i = end(ofGroupFrom: i + 1, in: chars)
            case ")": return i + 1
            default: i += 1
            }
        }
        return chars.count
    }
}
