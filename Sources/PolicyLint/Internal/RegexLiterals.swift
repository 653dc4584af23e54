/// A literal every match of a wording pattern contains: ASCII bytes in lowercase, and whether the
/// pattern puts a word boundary (`\b`) right before or right after it.
struct RequiredLiteral: Hashable, Sendable {
    let bytes: [UInt8]
    let boundaryBefore: Bool
    let boundaryAfter: Bool
    /// Whether the pattern puts a word character (`\w`) right before or right after the literal:
    /// only literals that prove a match (``PatternLiterals/sufficient``) carry them.
    let wordBefore: Bool
    let wordAfter: Bool
    /// The first four bytes as ``LiteralIndex`` keys them; `nil` for a shorter literal.
    let key: UInt32?

    init(bytes: [UInt8], boundaryBefore: Bool, boundaryAfter: Bool, wordBefore: Bool = false, wordAfter: Bool = false) {
        self.bytes = bytes
        self.boundaryBefore = boundaryBefore
        self.boundaryAfter = boundaryAfter
        self.wordBefore = wordBefore
        self.wordAfter = wordAfter
        key = bytes.count >= 4 ? LiteralIndex.key(bytes) : nil
    }

    /// Whether every occurrence of this literal that ``LiteralIndex/occurs(_:at:in:certain:)`` accepts
    /// holds an occurrence of `other` it accepts too, so that a text meeting this literal meets
    /// `other`: `other`'s bytes lie inside this literal's, and each boundary `other` asks for is
    /// asked for by this literal at the same end, or lies inside it between a word byte and a byte
    /// that is none (``ASCIITables/isWordByte(_:)``).
    ///
    /// Inside the literal the text's bytes are the literal's, or their capitals (the comparison lowers
    /// ASCII capitals only), which are word bytes exactly when the literal's are: the boundary
    /// `occurs` reads there is the one read here. A literal asking for a word character beside it
    /// (``wordBefore``, ``wordAfter``) is never implied: only proofs carry those.
    func implies(_ other: RequiredLiteral) -> Bool {
        let count = other.bytes.count
        guard !other.wordBefore, !other.wordAfter, count > 0, count <= bytes.count else { return false }
        func isWordByte(_ offset: Int) -> Bool? {
            bytes[offset] < 0x80 ? ASCIITables.isWordByte(bytes[offset]) : nil
        }
        let first = other.bytes[0]
        for start in 0...(bytes.count - count)
        where bytes[start] == first && bytes[start..<start + count].elementsEqual(other.bytes) {
            let end = start + count
            let before =
                !other.boundaryBefore
                || (start == 0
                    ? boundaryBefore
                    : isWordByte(start - 1).map { $0 != ASCIITables.isWordByte(other.bytes[0]) } ?? false)
            let after =
                !other.boundaryAfter
                || (end == bytes.count
                    ? boundaryAfter
                    : isWordByte(end).map { $0 != ASCIITables.isWordByte(other.bytes[count - 1]) } ?? false)
            if before, after { return true }
        }
        return false
    }
}

/// A condition on the literals a text contains: a literal, all of some conditions, or any of them.
indirect enum Requirement: Hashable, Sendable {
    case literal(RequiredLiteral)
    case all([Requirement])
    case any([Requirement])

    /// Every literal the condition names.
    var literals: [RequiredLiteral] {
        switch self {
        case .literal(let literal): return [literal]
        case .all(let parts), .any(let parts): return parts.flatMap(\.literals)
        }
    }

    static func all(of parts: [Requirement]) -> Requirement? {
        // One part that is no conjunction is all there is to order (the reader's usual case).
        if parts.count == 1, !parts[0].isConjunction { return parts[0] }
        var flat: [Requirement] = []
        for part in parts {
            if case .all(let inner) = part { flat += inner } else { flat.append(part) }
        }
        // Indexed literals first: they are answered from the scan, the others by reading the text.
        var ordered: [Requirement] = []
        var later: [Requirement] = []
        ordered.reserveCapacity(flat.count)
        for part in flat {
            if part.isIndexable { ordered.append(part) } else { later.append(part) }
        }
        ordered += later
        return ordered.isEmpty ? nil : ordered.count == 1 ? ordered[0] : .all(ordered)
    }

    static func any(of parts: [Requirement]) -> Requirement? {
        // One part that is no alternation has no repeat to drop.
        if parts.count == 1, !parts[0].isAlternation { return parts[0] }
        var flat: [Requirement] = []
        for part in parts {
            if case .any(let inner) = part { flat += inner } else { flat.append(part) }
        }
        var unique: [Requirement] = []
        for part in flat where !unique.contains(part) { unique.append(part) }
        // A literal that implies another alternative adds nothing to the alternation (`votre navigateur`
        // beside `navigateur`): it is dropped, and its key with it, so that the scan does not record
        // the positions of a common opening (`votr`, `our `) for it.
        var kept: [Requirement] = []
        kept.reserveCapacity(unique.count)
        for offset in unique.indices {
            if case .literal(let literal) = unique[offset], impliesAnother(literal, at: offset, of: unique) { continue }
            kept.append(unique[offset])
        }
        return kept.isEmpty ? nil : kept.count == 1 ? kept[0] : .any(kept)
    }

    /// Whether `literal`, the alternative at `offset` of distinct `alternatives`, implies another of
    /// them that is a literal (``RequiredLiteral/implies(_:)``).
    private static func impliesAnother(_ literal: RequiredLiteral, at offset: Int, of alternatives: [Requirement]) -> Bool {
        for other in alternatives.indices where other != offset {
            if case .literal(let weaker) = alternatives[other], weaker.bytes.count <= literal.bytes.count,
                literal.implies(weaker)
            {
                return true
            }
        }
        return false
    }

    private var isConjunction: Bool {
        if case .all = self { return true }
        return false
    }

    private var isAlternation: Bool {
        if case .any = self { return true }
        return false
    }

    /// Whether every literal it names (``literals``) has four bytes or more, read without
    /// gathering them.
    var isIndexable: Bool {
        switch self {
        case .literal(let literal): return literal.bytes.count >= 4
        case .all(let parts), .any(let parts): return parts.allSatisfy(\.isIndexable)
        }
    }

    /// Keys (``RequiredLiteral/key``) of which a text meeting the condition holds one, or `nil` when
    /// it may be met by literals too short to have a key.
    var keys: [UInt32]? {
        switch self {
        case .literal(let literal):
            return literal.key.map { [$0] }
        case .all(let parts):
            // Any part's keys will do: take the fewest.
            return parts.compactMap(\.keys).min { $0.count < $1.count }
        case .any(let parts):
            var union: [UInt32] = []
            for part in parts {
                guard let keys = part.keys else { return nil }
                for key in keys where !union.contains(key) { union.append(key) }
            }
            return union
        }
    }
}

/// What the reader learns of a pattern: a condition every matching text meets, and literals whose
/// presence alone proves a match.
struct PatternLiterals: Sendable {
    /// Every match contains literals that satisfy it; `nil` when nothing is known.
    let requirement: Requirement?
    /// Top-level alternatives that are plain literals (word boundaries at their ends at most): a text
    /// holding one, its boundaries certain, matches.
    let sufficient: [RequiredLiteral]
    /// For a pattern `P.*Q`, the literals that prove a match of `P` and of `Q` (``SufficientSequence``).
    var sequence: SufficientSequence? = nil
}

/// The sufficient literals of the two sides of a pattern `P.*Q`: a text holding one of `first`, its
/// boundaries certain, and after its end one of `then`, its boundaries certain, with only characters
/// `.` matches between them, matches `P.*Q` (the literal of `first` matches `P`, the characters
/// between match `.*`, the literal of `then` matches `Q`, and each boundary is read where the whole
/// pattern reads it).
struct SufficientSequence: Sendable {
    let first: [RequiredLiteral]
    let then: [RequiredLiteral]
}

/// Reads a wording pattern (ICU syntax, matched ignoring case) for the literals its matches need.
///
/// The requirement is a necessary condition only: a text whose literals do not satisfy it cannot
/// match. Plain ASCII characters, `\b`, anchors, groups, alternations, `?` and small classes of ASCII
/// characters are followed exactly, so that `\b(complain(ts?)?|claims regarding)\b` requires one of
/// `complain`, `complaint`, `complaints`, `claims regarding`, each after a word boundary, and the
/// parts of a sequence are all required. Anything else (`.`, `\w`, `\s`, ranges, negated classes,
/// non-ASCII characters, unbounded repetition) matches text the reader does not predict.
enum RegexLiterals {
    /// The literals of `pattern`; no requirement and nothing sufficient when the pattern uses a
    /// construct the reader does not follow (`\Q…\E`, `(?…)` flags and look-arounds).
    static func read(_ pattern: String) -> PatternLiterals {
        var parser = Parser(chars: Array(pattern.unicodeScalars))
        guard let branches = parser.branches(), parser.index == parser.chars.count else {
            return PatternLiterals(requirement: nil, sufficient: [])
        }
        let whole = branches.count == 1 ? branches[0] : Parser.union(branches)
        var sufficient: [RequiredLiteral] = []
        for branch in branches {
            guard case .exact(let sequences) = branch else { continue }
            for sequence in sequences {
                if let literal = plainLiteral(sequence), !sufficient.contains(literal) { sufficient.append(literal) }
            }
        }
        return PatternLiterals(requirement: whole.requirement, sufficient: sufficient, sequence: sequence(of: pattern))
    }

    /// The sufficient literals of `P` and of `Q` read apart, for a pattern `P.*Q`: one `.*` outside
    /// any group or class, followed by no other quantifier, and no `|` outside a group (the pattern
    /// is then the sequence of `P`, `.*` and `Q`); `nil` for any other pattern, or when either side
    /// has no sufficient literal. A pattern quoting (`\Q`) or referring back (`\1`) is not split.
    static func sequence(of pattern: String) -> SufficientSequence? {
        // Most patterns have no `.*`: they are passed over on their bytes.
        let hasDotStar = Wording.withBytes(of: pattern) { bytes in
            bytes.indices.dropLast().contains { bytes[$0] == UInt8(ascii: ".") && bytes[$0 + 1] == UInt8(ascii: "*") }
        }
        guard hasDotStar else { return nil }
        let chars = pattern.unicodeScalars
        var depth = 0
        var inClass = false
        var split: String.Index?
        var index = chars.startIndex
        while index < chars.endIndex {
            let char = chars[index]
            let next = chars.index(after: index)
            if char == "\\" {
                guard next < chars.endIndex, chars[next] != "Q", !("0"..."9").contains(chars[next]) else { return nil }
                index = chars.index(after: next)
                continue
            }
            if inClass {
                // A class within a class is not followed.
                if char == "[" { return nil }
                if char == "]" { inClass = false }
                index = next
                continue
            }
            switch char {
            case "[": inClass = true
            case "(": depth += 1
            case ")": depth -= 1
            case "|" where depth == 0: return nil
            case "." where depth == 0:
                guard split == nil, next < chars.endIndex, chars[next] == "*" else { return nil }
                let after = chars.index(after: next)
                if after < chars.endIndex {
                    switch chars[after] {
                    case "?", "+", "*", "{": return nil
                    default: break
                    }
                }
                split = index
                index = after
                continue
            default: break
            }
            index = next
        }
        guard let split, depth == 0, !inClass else { return nil }
        let first = String(pattern[..<split])
        let then = String(pattern[chars.index(split, offsetBy: 2)...])
        // A literal with a word character beside it (`\w`) stands for a match longer than its bytes,
        // which could reach into the other side's: those are left out.
        func plain(_ side: String) -> [RequiredLiteral] {
            read(side).sufficient.filter { !$0.wordBefore && !$0.wordAfter }
        }
        let sequence = SufficientSequence(first: plain(first), then: plain(then))
        return sequence.first.isEmpty || sequence.then.isEmpty ? nil : sequence
    }

    /// A symbol of an exactly known match: a lowercase ASCII byte, a word boundary, another
    /// zero-width assertion (`^`, `$`, `\B`…), or any word character (`\w`).
    fileprivate typealias Sequence = [Int16]
    fileprivate static let boundary: Int16 = -1
    fileprivate static let assertion: Int16 = -2
    fileprivate static let wordCharacter: Int16 = -3
    /// Past this many strings, an exact set is no longer expanded.
    static let maximumExpansion = 64

    /// What a piece of pattern matches: exactly one of a few strings, or text meeting a requirement
    /// (`nil`: nothing known).
    fileprivate enum Info {
        case exact([Sequence])
        case inexact(Requirement?)

        static let unknown = Info.inexact(nil)

        var requirement: Requirement? {
            switch self {
            case .inexact(let requirement): return requirement
            case .exact(let sequences): return RegexLiterals.requirement(of: sequences)
            }
        }
    }

    /// Any string of an exact set: boundaries at the ends become flags, other assertions are dropped.
    /// `nil` when some string of the set has no byte (the set may match the empty string).
    fileprivate static func requirement(of sequences: [Sequence]) -> Requirement? {
        var alternatives: [Requirement] = []
        for sequence in sequences {
            // A word character takes a character the reader does not know: the pieces around it are
            // each required.
            var pieces: [Requirement] = []
            for piece in sequence.split(separator: wordCharacter, omittingEmptySubsequences: true) {
                if let literal = literal(of: piece) { pieces.append(.literal(literal)) }
            }
            guard let all = Requirement.all(of: pieces) else { return nil }
            alternatives.append(all)
        }
        return Requirement.any(of: alternatives)
    }

    /// The bytes of a piece without word characters: boundaries at its ends become flags, other
    /// assertions are dropped; `nil` without a byte.
    fileprivate static func literal(of piece: ArraySlice<Int16>) -> RequiredLiteral? {
        var start = piece.startIndex
        var end = piece.endIndex
        var before = false
        var after = false
        while start < end, piece[start] < 0 { before = before || piece[start] == boundary; start += 1 }
        while end > start, piece[end - 1] < 0 { after = after || piece[end - 1] == boundary; end -= 1 }
        let bytes = piece[start..<end].compactMap { $0 < 0 ? nil : UInt8($0) }
        guard !bytes.isEmpty else { return nil }
        return RequiredLiteral(bytes: bytes, boundaryBefore: before, boundaryAfter: after)
    }

    /// The string as a literal whose presence proves a match: bytes with word boundaries at its ends
    /// at most (no anchor, no boundary inside).
    fileprivate static func plainLiteral(_ sequence: Sequence) -> RequiredLiteral? {
        guard !sequence.contains(assertion) else { return nil }
        var start = sequence.startIndex
        var end = sequence.endIndex
        let wordBefore = start < end && sequence[start] == wordCharacter
        if wordBefore { start += 1 }
        let wordAfter = end > start && sequence[end - 1] == wordCharacter
        if wordAfter { end -= 1 }
        let before = !wordBefore && start < end && sequence[start] == boundary
        if before { start += 1 }
        let after = !wordAfter && end > start && sequence[end - 1] == boundary
        if after { end -= 1 }
        guard start < end, !sequence[start..<end].contains(where: { $0 < 0 }) else { return nil }
        return RequiredLiteral(
            bytes: sequence[start..<end].map { UInt8($0) }, boundaryBefore: before, boundaryAfter: after,
            wordBefore: wordBefore, wordAfter: wordAfter)
    }

    /// Every string of `prefixes` followed by one of `suffixes`, without repeats, in that order; `nil`
    /// when there are more than ``maximumExpansion``.
    ///
    /// The strings are joined only until one more than the limit are found: past it the set is not
    /// kept, so the rest of the product (which may run to thousands of strings, each compared with
    /// all the others) is never built.
    static func product(_ prefixes: [[Int16]], _ suffixes: [[Int16]]) -> [[Int16]]? {
        var product: [[Int16]] = []
        for prefix in prefixes {
            for suffix in suffixes {
                let joined = prefix + suffix
                guard !product.contains(joined) else { continue }
                product.append(joined)
                if product.count > maximumExpansion { return nil }
            }
        }
        return product
    }

    /// The strings of all the sets, without repeats, in order; `nil` when there are more than
    /// ``maximumExpansion``, found as soon as one more than the limit is collected.
    static func union(_ sets: [[[Int16]]]) -> [[Int16]]? {
        var union: [[Int16]] = []
        for set in sets {
            for sequence in set where !union.contains(sequence) {
                union.append(sequence)
                if union.count > maximumExpansion { return nil }
            }
        }
        return union
    }

    fileprivate struct Parser {
        let chars: [Unicode.Scalar]
        var index = 0

        init(chars: [Unicode.Scalar]) { self.chars = chars }

        /// Whether `atom()` does not read the character as itself.
        static func isSpecial(_ char: Unicode.Scalar) -> Bool {
            switch char {
            case "(", "[", "\\", ".", "^", "$", "*", "+", "?", "{", ")", "|": true
            default: false
            }
        }

        /// Whether the character begins a quantifier (`quantified(_:)`).
        static func isQuantifier(_ char: Unicode.Scalar) -> Bool {
            char == "?" || char == "*" || char == "+" || char == "{"
        }

        var current: Unicode.Scalar? { index < chars.count ? chars[index] : nil }

        /// The alternatives of `a|b|c`, up to a `)` or the end.
        mutating func branches() -> [Info]? {
            var branches: [Info] = []
            guard let first = concatenation() else { return nil }
            branches.append(first)
            while current == "|" {
                index += 1
                guard let next = concatenation() else { return nil }
                branches.append(next)
            }
            return branches
        }

        /// What an alternation matches: the union of exact sets, else any branch's requirement.
        static func union(_ branches: [Info]) -> Info {
            let exactSets = branches.compactMap { branch -> [Sequence]? in
                guard case .exact(let sequences) = branch else { return nil }
                return sequences
            }
            if exactSets.count == branches.count, let union = RegexLiterals.union(exactSets) { return .exact(union) }
            var parts: [Requirement] = []
            for branch in branches {
                guard let requirement = branch.requirement else { return .unknown }
                parts.append(requirement)
            }
            return .inexact(Requirement.any(of: parts))
        }

        /// A sequence of quantified atoms, up to `|`, `)` or the end: every part is required.
        mutating func concatenation() -> Info? {
            var run: [Sequence] = [[]]
            var parts: [Requirement] = []
            var exact = true
            func closeRun() {
                if let requirement = RegexLiterals.requirement(of: run) { parts.append(requirement) }
                run = [[]]
            }
            while let char = current, char != "|", char != ")" {
                // A plain ASCII character with no quantifier after it: what `atom()` and `quantified(_:)`
                // read as that one lowercase byte, appended to each string of the run in place.
                if char.isASCII, !Self.isSpecial(char), index + 1 == chars.count || !Self.isQuantifier(chars[index + 1])
                {
                    index += 1
                    let byte = Int16(RegexLiterals.lowercased(UInt8(char.value)))
                    for position in run.indices { run[position].append(byte) }
                    continue
                }
                guard let atom = atom(), let info = quantified(atom) else { return nil }
                switch info {
                case .exact(let sequences) where sequences.count == 1 && run.count <= maximumExpansion:
                    // One string (a plain character, say): appended to each string of the run in place.
                    // Distinct strings stay distinct with the same end, so this is the product below,
                    // in the same order and of the run's size, which the product keeps (no larger than
                    // `maximumExpansion`).
                    for position in run.indices { run[position] += sequences[0] }
                case .exact(let sequences):
                    if let product = RegexLiterals.product(run, sequences) {
                        run = product
                    } else {
                        exact = false
                        closeRun()
                        run = sequences
                    }
                case .inexact(let requirement):
                    exact = false
                    closeRun()
                    if let requirement { parts.append(requirement) }
                }
            }
            if exact { return .exact(run) }
            closeRun()
            return .inexact(Requirement.all(of: parts))
        }

        /// One atom: a group, a class, an escape, `.`, an anchor or a character.
        mutating func atom() -> Info? {
            guard let char = current else { return nil }
            index += 1
            switch char {
            case "(":
                if current == "?" {
                    // Only non-capturing groups are followed; flags and look-arounds are not.
                    guard index + 1 < chars.count, chars[index + 1] == ":" else { return nil }
                    index += 2
                }
                guard let inner = branches(), current == ")" else { return nil }
                index += 1
                return inner.count == 1 ? inner[0] : Parser.union(inner)
            case "[":
                return characterClass()
            case "\\":
                return escape()
            case ".":
                return .unknown
            case "^", "$":
                return .exact([[assertion]])
            case "*", "+", "?", "{", ")", "|":
                return nil
            default:
                guard char.isASCII else { return .unknown }
                return .exact([[Int16(RegexLiterals.lowercased(UInt8(char.value)))]])
            }
        }

        /// After `\`.
        mutating func escape() -> Info? {
            guard let char = current else { return nil }
            index += 1
            switch char {
            case "b": return .exact([[boundary]])
            case "w": return .exact([[wordCharacter]])
            case "B", "A", "z", "Z", "G": return .exact([[assertion]])
            case "p", "P": return skipProperty()
            case "Q", "E", "k", "N", "x", "u", "U", "0", "c", "g":
                // Quoting, named or coded characters: not followed.
                return nil
            default:
                guard char.isASCII else { return .unknown }
                let value = UInt8(char.value)
                let isAlphanumeric = (0x30...0x39).contains(value) || (0x41...0x5A).contains(value)
                    || (0x61...0x7A).contains(value)
                // `\d`, `\w`, `\s`, `\n`, `\1`…: a class, a control character or a reference; `\.`, `\-`…: the character.
                return isAlphanumeric ? .unknown : .exact([[Int16(value)]])
            }
        }

        /// `\p{…}` / `\P{…}`: a property class, matched by characters the reader does not predict.
        mutating func skipProperty() -> Info? {
            guard current == "{" else { return nil }
            while let char = current, char != "}" { index += 1 }
            guard current == "}" else { return nil }
            index += 1
            return .unknown
        }

        /// After `[`: a small class of plain ASCII characters is an exact set; anything else is unknown.
        mutating func characterClass() -> Info? {
            var members: [Int16] = []
            var simple = true
            if current == "^" { simple = false; index += 1 }
            if current == "]" { members.append(Int16(UInt8(ascii: "]"))); index += 1 }
            var depth = 0
            while let char = current {
                index += 1
                switch char {
                case "\\":
                    guard let escaped = current else { return nil }
                    index += 1
                    if escaped.isASCII, !escaped.properties.isAlphabetic, !("0"..."9").contains(escaped) {
                        members.append(Int16(UInt8(escaped.value)))
                    } else {
                        simple = false
                    }
                case "[":
                    depth += 1
                    simple = false
                case "]":
                    if depth == 0 {
                        guard simple, !members.isEmpty, members.count <= 4 else { return .unknown }
                        var unique: [Sequence] = []
                        for member in members {
                            let sequence = [Int16(RegexLiterals.lowercased(UInt8(member)))]
                            if !unique.contains(sequence) { unique.append(sequence) }
                        }
                        return .exact(unique)
                    }
                    depth -= 1
                case "-", "&":
                    // A range or an operation: not followed (a `-` first or last is a plain dash).
                    if char == "-", members.isEmpty || current == "]" {
                        members.append(Int16(UInt8(ascii: "-")))
                    } else {
                        simple = false
                    }
                case ":" where members.isEmpty:
                    simple = false
                default:
                    if char.isASCII { members.append(Int16(UInt8(char.value))) } else { simple = false }
                }
            }
            return nil
        }

        /// `atom?`, `atom*`, `atom+`, `atom{n,m}`, with an optional lazy or possessive mark.
        mutating func quantified(_ atom: Info) -> Info? {
            guard let char = current else { return atom }
            var minimum: Int
            switch char {
            case "?", "*": minimum = 0; index += 1
            case "+": minimum = 1; index += 1
            case "{":
                index += 1
                var digits = ""
                while let digit = current, ("0"..."9").contains(digit) { digits.unicodeScalars.append(digit); index += 1 }
                guard let value = Int(digits) else { return nil }
                minimum = value
                while let next = current, next != "}" { index += 1 }
                guard current == "}" else { return nil }
                index += 1
            default:
                return atom
            }
            if current == "?" || current == "+" { index += 1 }
            if let next = current, next == "?" || next == "*" || next == "+" || next == "{" { return nil }
            if char == "?" {
                guard case .exact(var sequences) = atom else { return .unknown }
                if !sequences.contains([]) { sequences.append([]) }
                return .exact(sequences)
            }
            return minimum >= 1 ? .inexact(atom.requirement) : .unknown
        }
    }

    fileprivate static func lowercased(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 : byte
    }
}
