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
        typeset(text) ?? text
    }

    /// The text with French typography applied, or `nil` when it has no character the rules act on,
    /// so it reads as written.
    ///
    /// Single-scalar texts are read and written as UTF-8 (``applyToScalars(_:candidates:)``); others
    /// go character by character.
    static func typeset(_ text: String) -> String? {
        var text = text
        let scan = text.withUTF8(Scan.init)
        guard scan.candidates > 0 else { return nil }
        if scan.isSingleScalar {
            return text.withUTF8 { applyToScalars($0, candidates: scan.candidates) }
        }
        return String(apply(Array(text)))
    }

    /// What one pass over a text's bytes tells: how many scalars the rules may act on (`' " ; ! ? : « »`
    /// and U+037E, the Greek question mark, which is canonically a `;`), and whether every character is
    /// one scalar (``SingleScalarText``).
    struct Scan {
        var candidates = 0
        var isSingleScalar = true

        init(_ bytes: UnsafeBufferPointer<UInt8>) {
            var index = 0
            let count = bytes.count
            while index < count {
                let lead = bytes[index]
                if lead < 0x80 {
                    if FrenchTypography.isASCIICandidate(lead) { candidates += 1 }
                    if lead == 0x0D { isSingleScalar = false }
                    index += 1
                } else if lead < 0xE0 {
                    let next = bytes[index + 1]
                    if (lead == 0xC2 && (next == 0xAB || next == 0xBB)) || (lead == 0xCD && next == 0xBE) { candidates += 1 }
                    if lead > 0xCB { isSingleScalar = false }
                    index += 2
                } else if lead < 0xF0 {
                    if !SingleScalarText.isSingleScalar(RunningText.scalar(bytes, at: index).0) { isSingleScalar = false }
                    index += 3
                } else {
                    isSingleScalar = false
                    index += 4
                }
            }
        }
    }

    /// `' " ; ! ?` and `:`.
    @inline(__always)
    static func isASCIICandidate(_ byte: UInt8) -> Bool {
        // Bits, from 0x20: `!` 0x21, `"` 0x22, `'` 0x27, `:` 0x3A, `;` 0x3B, `?` 0x3F.
        let mask: UInt64 = (1 << 0x01) | (1 << 0x02) | (1 << 0x07) | (1 << 0x1A) | (1 << 0x1B) | (1 << 0x1F)
        return byte >= 0x20 && byte < 0x40 && (mask >> UInt64(byte - 0x20)) & 1 == 1
    }

    /// The rules of ``apply(_:)-(Array<Unit>)`` over the scalars of single-scalar UTF-8 text, written
    /// straight into the new string; `candidates` bounds the growth (three bytes each at most).
    private static func applyToScalars(_ input: UnsafeBufferPointer<UInt8>, candidates: Int) -> String {
        String(unsafeUninitializedCapacity: input.count + 3 * candidates) { out in
            var writer = ScalarWriter(input: input, out: out)
            writer.run()
            return writer.count
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
