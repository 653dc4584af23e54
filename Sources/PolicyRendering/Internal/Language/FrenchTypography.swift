/// French typography: typographic apostrophes, guillemets and the non-breaking spaces before `; : ! ?`,
/// inside `« »` and between `n°` and its number (`loi n° 78-17`, `décret n° 72-678`).
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

    /// The text with French typography applied, or `nil` when the rules leave it as it was.
    static func typeset(_ text: String) -> String? {
        var typesetter = Typesetter()
        return typesetter.typeset(text)
    }

    /// Typesets texts one after another, writing each into one buffer it keeps.
    ///
    /// A text with no byte of a mark (``ByteScan/mayHaveMark(_:)``) is answered `nil` at once, with
    /// nothing allocated. Single-scalar texts (``SingleScalarText``) are read and written as UTF-8 by
    /// ``ScalarWriter``, in one pass that also finds whether the text is single-scalar; others go
    /// character by character. A text the rules leave as it was (a colon in `10:30`, a space already
    /// no-break) is answered `nil` too, so no string is made for it.
    ///
    /// Given the French lexicon's ``LexiconTypography``, it answers the lexicon's own texts from there.
    struct Typesetter {
        private var buffer: [UInt8] = []
        /// The answers worked out when the templates loaded, for the lexicon's texts.
        private let known: LexiconTypography?

        init(known: LexiconTypography? = nil) {
            self.known = known
        }

        /// ``FrenchTypography/typeset(_:)``.
        ///
        /// Inlined into the typesetting pass's closure, which calls it for every run of a French
        /// outline (about 535 per outline): a call less per run, and the outcome of reading the
        /// text is taken apart where it is made.
        @inline(__always)
        mutating func typeset(_ text: String) -> String? {
            let outcome = UTF8Output.withUTF8(of: text) { bytes -> Outcome in
                if let known {
                    switch known.answer(for: bytes) {
                    case .unknown: break
                    case .unchanged: return .unchanged
                    case .typeset(let slot): return .held(slot: slot)
                    }
                }
                return typesetBytes(bytes)
            }
            switch outcome {
            case .unchanged:
                return nil
            case .held(let slot):
                return known!.typesetText(at: slot)
            case .written(let count):
                // Valid UTF-8: ``ScalarWriter`` copies runs of the input (valid, being a `String`) that
                // start and end at scalar boundaries (the start of a mark, the end of a scalar read),
                // writes whole scalars it encodes itself (marks read from the input, U+00A0, U+2019,
                // U+202F), and only ever cuts back to the start of a scalar it wrote (`lastWritten`).
                return buffer.withUnsafeBufferPointer { String(validUTF8: UnsafeBufferPointer(rebasing: $0[..<count])) }
            case .notSingleScalar:
                guard text.unicodeScalars.contains(where: isMarkCandidate) else { return nil }
                let typeset = String(apply(Array(text)))
                return typeset.utf8.elementsEqual(text.utf8) ? nil : typeset
            }
        }

        /// What ``ScalarWriter`` makes of the text `input`, written into `buffer`.
        private mutating func typesetBytes(_ input: UnsafeBufferPointer<UInt8>) -> Outcome {
            guard ByteScan.mayHaveMark(input) else { return .unchanged }
            // The output holds the input and three bytes per mark at most.
            let needed = input.count * 4
            if buffer.count < needed { buffer = Array(repeating: 0, count: max(needed, 2 * buffer.count, 256)) }
            return buffer.withUnsafeMutableBufferPointer { out in
                var writer = ScalarWriter(input: input, out: out)
                return writer.run()
            }
        }
    }

    /// What ``ScalarWriter`` made of a text.
    enum Outcome {
        /// The rules leave the text as it was: it reads as written.
        case unchanged
        /// The typeset text is the first `count` bytes of the output.
        case written(Int)
        /// The text has a character of several scalars: read it as characters.
        case notSingleScalar
        /// The text is one of the lexicon's, typeset when the templates loaded: its answer is held in
        /// that slot of ``LexiconTypography`` (never an outcome of ``ScalarWriter``).
        case held(slot: Int)
    }

    /// How ``ScalarWriter`` reads a byte.
    enum ByteKind {
        /// Copied as it is: ASCII other than the marks and CR, continuation bytes, leads of U+0080…U+02FF.
        case plain
        /// `' " ; ! ? :`, or 0xAB, 0xB0, 0xBB: the last byte of `«`, `°` or `»` after 0xC2, of another letter else.
        case mark
        /// The lead of a three-byte scalar, on the single-scalar list only in some blocks.
        case threeByteLead
        /// CR, or the lead of a scalar from U+0300 on that is not three bytes long.
        case notSingleScalar

        @inline(__always)
        init(_ byte: UInt8) {
            if byte < 0x40 {
                // Bits: CR 0x0D; `!` 0x21, `"` 0x22, `'` 0x27, `:` 0x3A, `;` 0x3B, `?` 0x3F.
                let marks: UInt64 = (1 << 0x21) | (1 << 0x22) | (1 << 0x27) | (1 << 0x3A) | (1 << 0x3B) | (1 << 0x3F)
                if (marks >> UInt64(byte)) & 1 == 1 {
                    self = .mark
                } else {
                    self = byte == 0x0D ? .notSingleScalar : .plain
                }
            } else if byte < 0xAB {
                self = .plain
            } else if byte == 0xAB || byte == 0xBB || byte == 0xB0 {
                self = .mark
            } else if byte < 0xCC {
                self = .plain
            } else if byte >= 0xE0 && byte < 0xF0 {
                self = .threeByteLead
            } else {
                self = .notSingleScalar
            }
        }
    }

    /// The scalars the rules act on; a text with none is returned as it is.
    private static func isMarkCandidate(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "'", "\"", ";", "!", "?", ":", "«", "»", "°", "\u{037E}": true
        default: false
        }
    }

    /// The rules over a text's characters (or scalars): the reference ``ScalarWriter`` follows on
    /// UTF-8, used for texts with characters of several scalars, and by the tests that compare the two.
    static func apply<Unit: TypographicUnit>(_ chars: [Unit]) -> [Unit] {
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
            case u.degree:
                // `n° 12`: the space between the sign and its number does not break.
                out.append(char)
                if next == u.plainSpace, index + 2 < chars.count, u.isDigit(chars[index + 2]),
                    index > 0, chars[index - 1] == u.lowercaseN || chars[index - 1] == u.uppercaseN {
                    out.append(u.space)
                    index += 1
                }
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
