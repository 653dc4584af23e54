/// French typography: typographic apostrophes, guillemets and the non-breaking spaces before `; : ! ?`
/// and inside `« »`.
///
/// Applied to every run of a French statement, template text and policy text alike. Words that are
/// addresses (`https://…`, `contact@…`, `www.…`) are left exactly as written.
enum FrenchTypography {
    /// The narrow no-break space, before `;`, `!` and `?`.
    static let narrowSpace: Character = "\u{202F}"
    /// The no-break space, before `:` and inside guillemets.
    static let space: Character = "\u{00A0}"

    /// The characters the rules act on; a text with none of them is returned as it is.
    private static let marks: Set<Character> = ["'", "\"", ";", "!", "?", ":", "«", "»"]

    static func apply(_ text: String) -> String {
        guard text.contains(where: marks.contains) else { return text }
        let chars = Array(text)
        let protected = addressMask(chars)
        var out: [Character] = []
        var index = 0
        while index < chars.count {
            let char = chars[index]
            let next: Character? = index + 1 < chars.count ? chars[index + 1] : nil
            defer { index += 1 }
            if protected[index] {
                out.append(char)
                continue
            }
            switch char {
            case "'":
                out.append("’")
            case "\"":
                let opening = out.last.map { $0.isWhitespace || "([".contains($0) } ?? true
                if opening {
                    out.append(contentsOf: ["«", space])
                    if next == " " { index += 1 }
                } else {
                    spaceBefore(&out, space, always: true)
                    out.append("»")
                }
            case ";", "!", "?", ":":
                let endsWord = next.map { $0.isWhitespace || ").,»!?\"".contains($0) } ?? true
                spaceBefore(&out, char == ":" ? space : narrowSpace, always: endsWord)
                out.append(char)
            case "»":
                spaceBefore(&out, space, always: true)
                out.append(char)
            case "«":
                out.append(contentsOf: [char, space])
                if next == " " || next == space { index += 1 }
            default:
                out.append(char)
            }
        }
        return String(out)
    }

    /// Turns a plain space before punctuation into `spacing`, or adds `spacing` when `always` and none is there.
    private static func spaceBefore(_ out: inout [Character], _ spacing: Character, always: Bool) {
        guard let last = out.last else { return }
        if last == " " || last == space || last == narrowSpace {
            out[out.count - 1] = spacing
        } else if always && (last.isLetter || last.isNumber || ")’»*".contains(last)) {
            out.append(spacing)
        }
    }

    /// Marks the characters of words that are web or e-mail addresses.
    private static func addressMask(_ chars: [Character]) -> [Bool] {
        var mask = [Bool](repeating: false, count: chars.count)
        var start = 0
        for end in 0...chars.count where end == chars.count || chars[end].isWhitespace {
            if isAddress(chars[start..<end]) {
                for i in start..<end { mask[i] = true }
            }
            start = end + 1
        }
        return mask
    }

    /// Whether a word is a web or e-mail address: it has `@` or `://`, or starts `www.`, `mailto:`, `tel:`.
    private static func isAddress(_ word: ArraySlice<Character>) -> Bool {
        if word.contains("@") { return true }
        if let colon = word.firstIndex(of: ":") {
            if word[colon...].starts(with: [":", "/", "/"]) { return true }
            let scheme = String(word[..<colon]).lowercased()
            if scheme == "mailto" || scheme == "tel" { return true }
        }
        return word.count > 4 && String(word.prefix(4)).lowercased() == "www."
    }
}
