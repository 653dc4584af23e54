extension FrenchTypography {
    /// The typography rules over single-scalar text as UTF-8: the generic rules
    /// (``FrenchTypography/apply(_:)-(Array<Unit>)``) read the same scalars, so the output is the same;
    /// bytes the rules do not act on are copied as they are.
    ///
    /// Whether a word is an address is only worked out for the words that hold a mark.
    struct ScalarWriter {
        let input: UnsafeBufferPointer<UInt8>
        let out: UnsafeMutableBufferPointer<UInt8>
        /// Bytes written.
        private(set) var count = 0
        /// The end of the last word whose address status is known, and that status.
        private var knownWordEnd = -1
        private var knownWordIsAddress = false

        init(input: UnsafeBufferPointer<UInt8>, out: UnsafeMutableBufferPointer<UInt8>) {
            self.input = input
            self.out = out
        }

        // The scalars the rules compare against.
        private static let apostrophe: UInt32 = 0x27
        private static let typographicApostrophe: UInt32 = 0x2019
        private static let quote: UInt32 = 0x22
        private static let openGuillemet: UInt32 = 0xAB
        private static let closeGuillemet: UInt32 = 0xBB
        private static let colon: UInt32 = 0x3A
        private static let plainSpace: UInt32 = 0x20
        private static let space: UInt32 = 0xA0
        private static let narrowSpace: UInt32 = 0x202F
        private static let degree: UInt32 = 0xB0

        /// Writes the typeset text, or stops at the first byte that shows a character of several scalars.
        mutating func run() -> FrenchTypography.Outcome {
            let end = input.count
            var index = 0
            // The start of the bytes read but not yet copied: they hold no mark.
            var pending = 0
            while index < end {
                // Plain bytes are only stepped over: go straight to the next byte that is not.
                index = ByteScan.firstNotPlain(input, from: index)
                guard index < end else { break }
                let byte = input[index]
                switch FrenchTypography.ByteKind(byte) {
                case .plain:
                    index += 1
                    continue
                case .threeByteLead:
                    guard SingleScalarText.isSingleScalar(RunningText.scalar(input, at: index).0) else {
                        return .notSingleScalar
                    }
                    index += 3
                    continue
                case .notSingleScalar:
                    return .notSingleScalar
                case .mark:
                    if byte >= 0x80 {
                        // The second byte of `«` (C2 AB), `°` (C2 B0) or `»` (C2 BB), or of another letter.
                        guard index > 0, input[index - 1] == 0xC2 else {
                            index += 1
                            continue
                        }
                        index -= 1
                    }
                }
                copy(pending..<index)
                let (mark, length) = RunningText.scalar(input, at: index)
                let nextIndex = index + length
                if isInAddress(index) {
                    write(mark)
                    index = nextIndex
                    pending = index
                    continue
                }
                let next: UInt32? = nextIndex < end ? RunningText.scalar(input, at: nextIndex).0 : nil
                var skipNext = false
                switch mark {
                case Self.apostrophe:
                    write(Self.typographicApostrophe)
                case Self.quote:
                    let opening = lastWritten.map { Self.isWhitespace($0.scalar) || $0.scalar == 0x28 || $0.scalar == 0x5B } ?? true
                    if opening {
                        write(Self.openGuillemet)
                        write(Self.space)
                        skipNext = next == Self.plainSpace
                    } else {
                        spaceBefore(Self.space, always: true)
                        write(Self.closeGuillemet)
                    }
                case Self.closeGuillemet:
                    spaceBefore(Self.space, always: true)
                    write(mark)
                case Self.openGuillemet:
                    write(mark)
                    write(Self.space)
                    skipNext = next == Self.plainSpace || next == Self.space
                case Self.degree:
                    // `n° 12`: the space between the sign and its number does not break.
                    let previous = lastWritten?.scalar
                    write(mark)
                    if next == Self.plainSpace, nextIndex + 1 < end, (0x30...0x39).contains(input[nextIndex + 1]),
                        previous == 0x6E || previous == 0x4E {
                        write(Self.space)
                        skipNext = true
                    }
                default:
                    // `; ! ? :`
                    let endsWord = next.map { Self.isWhitespace($0) || Self.endsWord($0) } ?? true
                    spaceBefore(mark == Self.colon ? Self.space : Self.narrowSpace, always: endsWord)
                    write(mark)
                }
                index = nextIndex
                // A skipped scalar is a space, one byte or two.
                if skipNext, let next { index += next < 0x80 ? 1 : 2 }
                pending = index
            }
            // No mark was met: nothing was written.
            guard pending > 0 || count > 0 else { return .unchanged }
            copy(pending..<end)
            // Marks the rules leave as they are (`10:30`, a space already no-break) change nothing.
            if count == end, Self.bytesEqual(UnsafeBufferPointer(out), input, count: end) { return .unchanged }
            return .written(count)
        }

        /// Whether the first `count` bytes of `a` and `b` are the same, read eight at a time.
        private static func bytesEqual(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, count: Int) -> Bool {
            guard count > 0 else { return true }  // an empty buffer may have no address
            let first = UnsafeRawPointer(a.baseAddress.unsafelyUnwrapped)
            let second = UnsafeRawPointer(b.baseAddress.unsafelyUnwrapped)
            var offset = 0
            while offset + 8 <= count {
                if first.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                    != second.loadUnaligned(fromByteOffset: offset, as: UInt64.self) { return false }
                offset += 8
            }
            while offset < count {
                if a[offset] != b[offset] { return false }
                offset += 1
            }
            return true
        }

        /// Copies input bytes that hold no mark.
        private mutating func copy(_ range: Range<Int>) {
            guard !range.isEmpty else { return }
            // Within bounds: the output holds the input and three bytes per mark.
            (out.baseAddress.unsafelyUnwrapped + count)
                .update(from: input.baseAddress.unsafelyUnwrapped + range.lowerBound, count: range.count)
            count += range.count
        }

        /// Turns a plain space before punctuation into `spacing`, or adds `spacing` when `always` and none is there.
        private mutating func spaceBefore(_ spacing: UInt32, always: Bool) {
            guard let last = lastWritten else { return }
            if last.scalar == Self.plainSpace || last.scalar == Self.space || last.scalar == Self.narrowSpace {
                count = last.start
                write(spacing)
            } else if always && (Self.isLetterOrNumber(last.scalar) || Self.isSpacedAfter(last.scalar)) {
                write(spacing)
            }
        }

        /// The last scalar written and where its bytes start.
        private var lastWritten: (scalar: UInt32, start: Int)? {
            guard count > 0 else { return nil }
            var start = count - 1
            while out[start] & 0xC0 == 0x80 { start -= 1 }
            return (RunningText.scalar(UnsafeBufferPointer(out), at: start).0, start)
        }

        private mutating func write(_ scalar: UInt32) {
            if scalar < 0x80 {
                out[count] = UInt8(truncatingIfNeeded: scalar)
                count += 1
            } else if scalar < 0x800 {
                out[count] = 0xC0 | UInt8(truncatingIfNeeded: scalar >> 6)
                out[count + 1] = 0x80 | UInt8(truncatingIfNeeded: scalar & 0x3F)
                count += 2
            } else {
                out[count] = 0xE0 | UInt8(truncatingIfNeeded: scalar >> 12)
                out[count + 1] = 0x80 | UInt8(truncatingIfNeeded: (scalar >> 6) & 0x3F)
                out[count + 2] = 0x80 | UInt8(truncatingIfNeeded: scalar & 0x3F)
                count += 3
            }
        }

        /// Whether the scalar at byte `index` (not white space) is in a word that is an address.
        private mutating func isInAddress(_ index: Int) -> Bool {
            if index < knownWordEnd { return knownWordIsAddress }
            // A mark between plain spaces (or the text's ends) is a word of its own, and a mark alone is
            // no address: it has no `@`, a colon alone is neither followed by `//` nor preceded by a
            // scheme, and one character cannot be `www.` and more.
            let after = index + (input[index] < 0x80 ? 1 : 2)
            if index == 0 || input[index - 1] == 0x20, after == input.count || input[after] == 0x20 { return false }
            // Whether the word has `@` or `:`, noted while its ends are found.
            var hasAtOrColon = false
            var start = index
            while start > 0 {
                var previous = start - 1
                while input[previous] & 0xC0 == 0x80 { previous -= 1 }
                let scalar = RunningText.scalar(input, at: previous).0
                if Self.isWhitespace(scalar) { break }
                hasAtOrColon = hasAtOrColon || Self.isAtOrColon(scalar)
                start = previous
            }
            var end = index
            while end < input.count {
                let (scalar, length) = RunningText.scalar(input, at: end)
                if Self.isWhitespace(scalar) { break }
                hasAtOrColon = hasAtOrColon || Self.isAtOrColon(scalar)
                end += length
            }
            knownWordEnd = end
            // A word with neither `@` nor `:` is an address only if it starts `www.`: one that does not
            // start with `w` or `W` is none, and is settled without reading it again.
            guard hasAtOrColon || input[start] | 0x20 == UInt8(ascii: "w") else {
                knownWordIsAddress = false
                return false
            }
            knownWordIsAddress = Self.isAddress(UnsafeBufferPointer(rebasing: input[start..<end]))
            return knownWordIsAddress
        }

        /// Whether `scalar` is `@` or `:`, which every address but one starting `www.` holds.
        @inline(__always)
        private static func isAtOrColon(_ scalar: UInt32) -> Bool {
            scalar == 0x40 || scalar == 0x3A
        }

        /// Whether a word is a web or e-mail address: it has `@` or `://`, or starts `www.`, `mailto:`, `tel:`
        /// (letters in any case; in single-scalar text only ASCII letters lower to ASCII letters).
        private static func isAddress(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
            if word.contains(UInt8(ascii: "@")) { return true }
            if let colon = word.firstIndex(of: UInt8(ascii: ":")) {
                if word[colon...].starts(with: "://".utf8) { return true }
                let scheme = UnsafeBufferPointer(rebasing: word[..<colon])
                if equalsIgnoringASCIICase(scheme, "mailto") || equalsIgnoringASCIICase(scheme, "tel") { return true }
            }
            // More than four scalars, the first four `www.` in any case.
            guard word.count > 4, equalsIgnoringASCIICase(UnsafeBufferPointer(rebasing: word[..<4]), "www.") else {
                return false
            }
            return true
        }

        private static func equalsIgnoringASCIICase(_ bytes: UnsafeBufferPointer<UInt8>, _ lowercase: StaticString) -> Bool {
            guard bytes.count == lowercase.utf8CodeUnitCount else { return false }
            let expected = lowercase.utf8Start
            for offset in 0..<bytes.count {
                let byte = bytes[offset]
                let lowered = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
                if lowered != expected[offset] { return false }
            }
            return true
        }

        /// `Unicode.Scalar.isWhitespace` over single-scalar text: U+0009…U+000D, U+0020, U+0085, U+00A0, U+202F.
        static func isWhitespace(_ scalar: UInt32) -> Bool {
            if scalar < 0x80 { return scalar == 0x20 || (0x09...0x0D).contains(scalar) }
            return scalar == 0x85 || scalar == 0xA0 || scalar == 0x202F
        }

        /// Whether `scalar`, following `; : ! ?`, lets them end a word: one of `).,»!?"`.
        private static func endsWord(_ scalar: UInt32) -> Bool {
            switch scalar {
            case 0x29, 0x2E, 0x2C, 0xBB, 0x21, 0x3F, 0x22: true
            default: false
            }
        }

        /// Whether `scalar`, besides letters and digits, takes a space before `; : ! ? »`: one of `)’»*`.
        private static func isSpacedAfter(_ scalar: UInt32) -> Bool {
            scalar == 0x29 || scalar == 0x2019 || scalar == 0xBB || scalar == 0x2A
        }

        /// `Unicode.Scalar.isLetterOrNumber`; up to U+017F the same as ``RunningText/isLetterOrNumber(_:)``
        /// (a single scalar's character reads that scalar's properties), which answers without tables.
        private static func isLetterOrNumber(_ scalar: UInt32) -> Bool {
            if scalar <= 0x17F { return RunningText.isLetterOrNumber(scalar) }
            return Unicode.Scalar(scalar).map { $0.isLetterOrNumber } ?? false
        }
    }
}
