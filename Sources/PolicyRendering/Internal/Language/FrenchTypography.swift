/// French typography: typographic apostrophes, guillemets and the non-breaking spaces before `; : ! ?`
/// and inside `« »`.
///
/// Applied to every run of a French statement, template text and policy text alike. Words that are
/// addresses (`https://…`, `contact@…`, `www.…`) are left exactly as written.
///
/// The rules read characters. Almost every text is made of characters of one scalar each (Latin
/// letters, punctuation), so they run on the text's scalars then, which gives the same output much
/// faster; other texts go character by character.
enum FrenchTypography {
    /// The narrow no-break space, before `;`, `!` and `?`.
    static let narrowSpace: Unicode.Scalar = "\u{202F}"
    /// The no-break space, before `:` and inside guillemets.
    static let space: Unicode.Scalar = "\u{00A0}"

    static func apply(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isMarkCandidate) else { return text }
        if SingleScalarText.matches(text) {
            return Unicode.Scalar.string(apply(Array(text.unicodeScalars))[...])
        }
        return String(apply(Array(text)))
    }

    /// The scalars that are, or are canonically equivalent to, the characters the rules act on
    /// (`' " ; ! ? : « »`; U+037E, the Greek question mark, is a `;`). A text with none is returned as it is.
    private static func isMarkCandidate(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "'", "\"", ";", "!", "?", ":", "«", "»", "\u{037E}": true
        default: false
        }
    }

    /// The rules over a text's characters, or over its scalars when each character is one scalar.
    private static func apply<Unit: TypographicUnit>(_ chars: [Unit]) -> [Unit] {
        let u = Units<Unit>()
        let protected = addressMask(chars, u)
        var out: [Unit] = []
        out.reserveCapacity(chars.count + chars.count / 16 + 4)
        var index = 0
        while index < chars.count {
            let char = chars[index]
            let next: Unit? = index + 1 < chars.count ? chars[index + 1] : nil
            defer { index += 1 }
            if protected[index] {
                out.append(char)
                continue
            }
            switch char {
            case u.apostrophe:
                out.append(u.typographicApostrophe)
            case u.quote:
                let opening = out.last.map { $0.isWhitespace || $0 == u.openParenthesis || $0 == u.openBracket } ?? true
                if opening {
                    out.append(contentsOf: [u.openGuillemet, u.space])
                    if next == u.plainSpace { index += 1 }
                } else {
                    spaceBefore(&out, u.space, always: true, u)
                    out.append(u.closeGuillemet)
                }
            case u.semicolon, u.exclamation, u.question, u.colon:
                let endsWord = next.map { $0.isWhitespace || u.endsWord($0) } ?? true
                spaceBefore(&out, char == u.colon ? u.space : u.narrowSpace, always: endsWord, u)
                out.append(char)
            case u.closeGuillemet:
                spaceBefore(&out, u.space, always: true, u)
                out.append(char)
            case u.openGuillemet:
                out.append(contentsOf: [char, u.space])
                if next == u.plainSpace || next == u.space { index += 1 }
            default:
                out.append(char)
            }
        }
        return out
    }

    /// Turns a plain space before punctuation into `spacing`, or adds `spacing` when `always` and none is there.
    private static func spaceBefore<Unit: TypographicUnit>(
        _ out: inout [Unit], _ spacing: Unit, always: Bool, _ u: Units<Unit>
    ) {
        guard let last = out.last else { return }
        if last == u.plainSpace || last == u.space || last == u.narrowSpace {
            out[out.count - 1] = spacing
        } else if always && (last.isLetterOrNumber || u.isSpacedAfter(last)) {
            out.append(spacing)
        }
    }

    /// Marks the characters of words that are web or e-mail addresses.
    private static func addressMask<Unit: TypographicUnit>(_ chars: [Unit], _ u: Units<Unit>) -> [Bool] {
        var mask = [Bool](repeating: false, count: chars.count)
        var start = 0
        for end in 0...chars.count where end == chars.count || chars[end].isWhitespace {
            if start < end, isAddress(chars[start..<end], u) {
                for i in start..<end { mask[i] = true }
            }
            start = end + 1
        }
        return mask
    }

    /// Whether a word is a web or e-mail address: it has `@` or `://`, or starts `www.`, `mailto:`, `tel:`.
    private static func isAddress<Unit: TypographicUnit>(_ word: ArraySlice<Unit>, _ u: Units<Unit>) -> Bool {
        if word.contains(u.at) { return true }
        if let colon = word.firstIndex(of: u.colon) {
            if word[colon...].starts(with: [u.colon, u.slash, u.slash]) { return true }
            let scheme = Unit.string(word[..<colon]).lowercased()
            if scheme == "mailto" || scheme == "tel" { return true }
        }
        // Only `w` and `W` lower to `w`, so other words skip building the prefix.
        guard let first = word.first, first == u.lowercaseW || first == u.uppercaseW else { return false }
        return word.count > 4 && Unit.string(word.prefix(4)).lowercased() == "www."
    }
}
