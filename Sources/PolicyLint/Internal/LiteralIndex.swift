/// Where a text may hold the wording patterns' literals, found in one pass over its bytes.
///
/// Most texts match none of the patterns, and a regex search (bridging, ICU) costs far more than a
/// byte scan: a pattern whose required literals (``RegexLiterals``) a text lacks cannot match it, and
/// the regex is spared. The scan is a necessary condition only; when the literals are there, the
/// regex decides (unless a literal alone proves the match).
///
/// Like the patterns, the scan ignores case: ASCII letters compare without case, and a text holding a
/// character whose case folding yields ASCII letters (`ſ`, `K`, `ß`, `ﬁ`, …) may match any pattern.
struct TextScan: Sendable {
    /// The positions where an indexed literal may begin, in ``LintInput``'s list of hits.
    var hits: Range<Int> = 0..<0
    /// The catalogue patterns (``LiteralIndex/patternBit(_:)``) one of whose keys the text holds.
    var patterns: UInt64 = 0
    /// The bits (``LiteralIndex/keyBit(_:)``) of the keys recorded in ``hits``: a key whose bit is
    /// clear was not recorded, so its literals are not looked for among the hits.
    var keyBits: UInt64 = 0
    /// The text's first byte, or 0 for an empty text.
    var firstByte: UInt8 = 0
    /// The byte classes below, one bit each: the lint input makes a ``LintText`` holding a scan for
    /// every language version of every text, and one byte is stored where four were.
    private var classes: UInt8 = Self.isASCIIBit | Self.isPlainLatinBit

    private static let foldsToASCIIBit: UInt8 = 1
    private static let isASCIIBit: UInt8 = 2
    private static let hasVisibleASCIIBit: UInt8 = 4
    private static let isPlainLatinBit: UInt8 = 8

    /// A character whose case folding yields ASCII letters: every pattern may match.
    var foldsToASCII: Bool {
        get { classes & Self.foldsToASCIIBit != 0 }
        set { set(Self.foldsToASCIIBit, newValue) }
    }
    /// Every byte is ASCII.
    var isASCII: Bool {
        get { classes & Self.isASCIIBit != 0 }
        set { set(Self.isASCIIBit, newValue) }
    }
    /// Some byte is ASCII and not white space, so the text is not blank.
    var hasVisibleASCII: Bool {
        get { classes & Self.hasVisibleASCIIBit != 0 }
        set { set(Self.hasVisibleASCIIBit, newValue) }
    }
    /// Every character is ASCII or plain Latin (``NameMatching/isPlainLatin(_:)``), read with the
    /// bytes past ASCII; `false` also when a character folding to ASCII letters stopped that reading.
    var isPlainLatin: Bool {
        get { classes & Self.isPlainLatinBit != 0 }
        set { set(Self.isPlainLatinBit, newValue) }
    }

    private mutating func set(_ bit: UInt8, _ value: Bool) {
        classes = value ? classes | bit : classes & ~bit
    }
}

/// What a known key adds to a scan (``LiteralIndex``): the bits of the key sets that hold it
/// (``TextScan/patterns``) and its own bit (``TextScan/keyBits``).
struct SlotBits: Sendable {
    var patterns: UInt64
    var key: UInt64
}

/// A place where the first four bytes of an indexed literal occur, lowercased.
struct LiteralHit: Sendable {
    let position: Int32
    let key: UInt32
}

/// A key as the scan compares it with a window of four text bytes read in one load (first byte
/// lowest, as ``LiteralIndex`` loads them), with what a hit on it records.
///
/// A window lowercased (``ASCIITables/lowercased(_:)``, which lowers only `A`–`Z`) is the key exactly
/// when `window | letters == bytes`, `letters` holding 0x20 in each byte where the key has a
/// lowercase letter: where the key's byte is a letter `k`, the window's byte lowers to `k` exactly
/// when it is `k` or its capital, the two bytes that give `k` once bit 0x20 is set; where the key's
/// byte is anything else (never a capital: a capital lowers to a letter), the window's byte lowers
/// to it exactly when it is that byte, and the mask leaves it as it is.
struct WindowKey: Sendable {
    /// The key's bytes, first byte lowest.
    let bytes: UInt32
    /// 0x20 in each byte of ``bytes`` that is a lowercase ASCII letter.
    let letters: UInt32
    /// The key as hits record it (``LiteralHit/key``, first byte highest).
    let key: UInt32
    let bits: SlotBits
    /// The next key (plus one) whose folded window falls in the same byte of the filter, or 0.
    let next: UInt8
}

/// The literals of the catalogue's wording patterns (``WordingCatalogue``), laid out for one scan of
/// a text.
///
/// A literal of four bytes or more is found by its first four bytes: the window of four bytes ending
/// at each position of the text, read in one load and folded (``foldedWindow(_:)``), is hashed into a
/// byte table; a nonzero byte names the keys whose folded windows hash there (``WindowKey``), each
/// compared with the window as it is, and a key the window is, lowercased, is recorded with its
/// position. A pattern then compares its literals in full, word
/// boundaries included, at the recorded positions only. Shorter literals, and literals of patterns
/// outside the catalogue, are looked for in the text directly.
///
/// Each distinct key set of the catalogue's patterns (up to 64 of them) also gets a bit: the scan ORs
/// together the bits of the keys it finds, so that whether a text holds one of a pattern's keys is
/// one test of ``TextScan/patterns`` instead of a walk over its hits.
final class LiteralIndex: Sendable {
    /// One byte per value of ``hash(_:)``: 0 when no key's folded window (``foldedWindow(_:)``)
    /// hashes there; else the first of those keys (plus one) in ``windowKeys``, the others following
    /// it by ``WindowKey/next``; or ``lookUpBucket`` when one of them has no place in ``windowKeys``.
    private let filter: [UInt8]
    /// The keys, each once, as the scan compares them with a window (``WindowKey``); at most 254,
    /// so that a filter byte names one.
    private let windowKeys: [WindowKey]
    /// A filter byte whose windows are lowercased and looked up in ``slots``: some key hashing
    /// there is past the 254th.
    private static let lookUpBucket: UInt8 = 255
    /// ``WordingPattern/keySignature`` of every pattern whose keys the index knows, by open
    /// addressing (0 is an empty slot; signatures are odd).
    private let signatures: [UInt64]
    /// For each slot of ``signatures``, the pattern bit of its key set, or 0 past the 64th key set.
    private let signatureBits: [UInt64]
    private let signatureMask: Int
    /// Open addressing on the first four bytes: the key plus one (0 is an empty slot).
    private let slots: [UInt64]
    /// For each slot of ``slots``, the bits the scan records for its key: one pair per slot, so that
    /// a hit reads both with one bounds check.
    private let slotBits: [SlotBits]
    private let slotMask: Int
    /// The patterns the index was built with (held, so that their identities stay theirs): it knows
    /// every key of their requirements.
    private let patterns: [WordingPattern]
    /// Their addresses (``address(_:)``) by open addressing (0 is an empty slot).
    private let members: [UInt]
    private let memberMask: Int
    /// ``ASCIITables/lowercase``, held here so that a scan does not look up the global.
    private let lowercase = ASCIITables.lowercase

    private static let filterBits = 15

    init(patterns: [WordingPattern]) {
        self.patterns = patterns
        var memberSize = 16
        while memberSize < patterns.count * 4 { memberSize *= 2 }
        var members = [UInt](repeating: 0, count: memberSize)
        for pattern in patterns {
            let address = Self.address(pattern)
            var slot = Self.memberSlot(address) & (memberSize - 1)
            while members[slot] != 0, members[slot] != address { slot = (slot + 1) & (memberSize - 1) }
            members[slot] = address
        }
        self.members = members
        memberMask = memberSize - 1
        var keys: [UInt32] = []
        // The literals that prove a match too: a requirement may leave one out when another
        // alternative is implied by it (``Requirement/any(of:)``).
        for literal in patterns.flatMap({ ($0.literals.requirement?.literals ?? []) + $0.literals.sufficient }) {
            if let key = literal.key, !keys.contains(key) { keys.append(key) }
        }
        // Each distinct key set, in catalogue order, with its keys; the first 64 get a bit.
        var known: [(signature: UInt64, keys: [UInt32])] = []
        for pattern in patterns {
            guard let signature = pattern.keySignature, let patternKeys = pattern.keys else { continue }
            if !known.contains(where: { $0.signature == signature }) { known.append((signature, patternKeys)) }
        }
        var signatureSize = 16
        while signatureSize < known.count * 4 { signatureSize *= 2 }
        var signatures = [UInt64](repeating: 0, count: signatureSize)
        var signatureBits = [UInt64](repeating: 0, count: signatureSize)
        for (number, entry) in known.enumerated() {
            var slot = Int(truncatingIfNeeded: entry.signature >> 32) & (signatureSize - 1)
            while signatures[slot] != 0 { slot = (slot + 1) & (signatureSize - 1) }
            signatures[slot] = entry.signature
            signatureBits[slot] = number < 64 ? 1 << UInt64(number) : 0
        }
        self.signatures = signatures
        self.signatureBits = signatureBits
        signatureMask = signatureSize - 1
        var filter = [UInt8](repeating: 0, count: 1 << Self.filterBits)
        var size = 16
        while size < keys.count * 4 { size *= 2 }
        var slots = [UInt64](repeating: 0, count: size)
        var slotBits = [SlotBits](repeating: SlotBits(patterns: 0, key: 0), count: size)
        var windowKeys: [WindowKey] = []
        for key in keys {
            var slot = Self.hash(key) & (size - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = UInt64(key) + 1
            slotBits[slot].key = Self.keyBit(key)
            for (number, entry) in known.prefix(64).enumerated() where entry.keys.contains(key) {
                slotBits[slot].patterns |= 1 << UInt64(number)
            }
            // The key's first byte lowest, as a window is loaded.
            let bytes = key.byteSwapped
            let bucket = Self.hash(Self.foldedWindow(bytes))
            // A key holding a capital is no window lowercased: the filter need not pass its windows.
            let keyBytes = (0..<4).map { UInt8(truncatingIfNeeded: key >> (24 - 8 * $0)) }
            guard !keyBytes.contains(where: { $0 &- UInt8(ascii: "A") < 26 }) else { continue }
            guard filter[bucket] != Self.lookUpBucket, windowKeys.count < Int(Self.lookUpBucket) - 1 else {
                filter[bucket] = Self.lookUpBucket
                continue
            }
            let letters = keyBytes.enumerated().reduce(UInt32(0)) { mask, byte in
                byte.element &- UInt8(ascii: "a") < 26 ? mask | 0x20 << (8 * UInt32(byte.offset)) : mask
            }
            windowKeys.append(
                WindowKey(bytes: bytes, letters: letters, key: key, bits: slotBits[slot], next: filter[bucket]))
            filter[bucket] = UInt8(windowKeys.count)
        }
        self.filter = filter
        self.windowKeys = windowKeys
        self.slots = slots
        self.slotBits = slotBits
        slotMask = size - 1
    }

    /// The first four bytes of a literal, as the rolling window holds them.
    static func key(_ bytes: [UInt8]) -> UInt32 {
        bytes[0..<4].reduce(0) { $0 << 8 | UInt32($1) }
    }

    private static func hash(_ window: UInt32) -> Int {
        Int((window &* 0x9E37_79B1) >> UInt32(32 - filterBits))
    }

    /// Four bytes as one load reads them (the first byte lowest), each with bit 0x20 set: ASCII
    /// letters in either case fold alike, as in a lowercased key.
    ///
    /// Lowercasing an ASCII capital sets exactly that bit, and a lowercase letter has it: the folded
    /// window of four text bytes equals the folded window of a key, its bytes in the same order,
    /// whenever the bytes lowercased are the key. Other bytes may fold alike too (`@` and `` ` ``):
    /// the filter only lets through the windows that may be keys, and the window lowercased decides.
    @inline(__always)
    private static func foldedWindow(_ littleEndian: UInt32) -> UInt32 {
        littleEndian | 0x2020_2020
    }

    /// Whether the index was built with the pattern whose keys have this signature, so that the
    /// positions it records answer for them.
    func covers(_ signature: UInt64) -> Bool {
        var slot = Int(truncatingIfNeeded: signature >> 32) & signatureMask
        while signatures[slot] != 0 {
            if signatures[slot] == signature { return true }
            slot = (slot + 1) & signatureMask
        }
        return false
    }

    /// The bit of the catalogue's key set with this signature in ``TextScan/patterns``, or `nil` when
    /// the index has no bit for it (it does not cover the signature, or it covers more than 64 key
    /// sets). A text holds one of those keys exactly when the scan's `patterns` has the bit.
    func patternBit(_ signature: UInt64) -> UInt64? {
        var slot = Int(truncatingIfNeeded: signature >> 32) & signatureMask
        while signatures[slot] != 0 {
            if signatures[slot] == signature { return signatureBits[slot] == 0 ? nil : signatureBits[slot] }
            slot = (slot + 1) & signatureMask
        }
        return nil
    }

    /// Whether the index was built with `pattern`, so that it knows the key of every literal of the
    /// pattern's requirement (``knows(_:)``): the keys are those of `Requirement.literals`, the
    /// literals the index was built from.
    func isBuilt(with pattern: WordingPattern) -> Bool {
        let address = Self.address(pattern)
        var slot = Self.memberSlot(address) & memberMask
        while members[slot] != 0 {
            if members[slot] == address { return true }
            slot = (slot + 1) & memberMask
        }
        return false
    }

    /// A pattern's identity as a number, never 0.
    private static func address(_ pattern: WordingPattern) -> UInt {
        UInt(bitPattern: ObjectIdentifier(pattern))
    }

    private static func memberSlot(_ address: UInt) -> Int {
        // Fibonacci hashing: the product's high bits depend on every bit of the address.
        Int(truncatingIfNeeded: ((address >> 4) &* 0x9E37_79B9_7F4A_7C15) >> 40)
    }

    /// A bit standing for `key` among 64 (``TextScan/keyBits``), from the key's top bits after
    /// Fibonacci hashing; keys may share a bit, so a set bit only says the key may be there.
    @inline(__always)
    static func keyBit(_ key: UInt32) -> UInt64 {
        1 << UInt64((key &* 0x9E37_79B1) >> 26)
    }

    /// Whether the index records the positions of literals beginning with `key`.
    func knows(_ key: UInt32) -> Bool {
        slot(of: key) != nil
    }

    /// The slot of `key` in ``slots``, when the index knows it.
    @inline(__always)
    private func slot(of key: UInt32) -> Int? {
        let wanted = UInt64(key) + 1
        var slot = Self.hash(key) & slotMask
        while slots[slot] != 0 {
            if slots[slot] == wanted { return slot }
            slot = (slot + 1) & slotMask
        }
        return nil
    }

    /// Scans `bytes`, appending the positions of known keys to `hits`.
    ///
    /// The windows run in ``nextCandidate(in:from:filter:)`` to the next one the filter passes, a
    /// loop with no call whose few values stay in registers; the keys of that filter byte
    /// (``windowKeys``, two instructions each) then tell whether the window, lowercased, is one of
    /// them, without lowering it. A key begins within the text: the first window checked is the
    /// one of its first four bytes. The byte classes (``TextScan/isASCII``,
    /// ``TextScan/hasVisibleASCII``, ``TextScan/foldsToASCII``) are read apart, by ``ASCIIRuns``.
    func scan(_ bytes: UnsafeBufferPointer<UInt8>, into hits: inout [LiteralHit]) -> TextScan {
        var result = TextScan()
        let first = hits.count
        var found: UInt64 = 0
        var keyBits: UInt64 = 0
        if bytes.count >= 4 {
            let raw = UnsafeRawPointer(bytes.baseAddress!)
            filter.withUnsafeBufferPointer { filter in
                windowKeys.withUnsafeBufferPointer { windowKeys in
                    var end = 3
                    while true {
                        end = Self.nextCandidate(in: bytes, from: end, filter: filter)
                        guard end < bytes.count else { break }
                        let window = UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: end &- 3, as: UInt32.self))
                        var entry = filter[Self.hash(Self.foldedWindow(window))]
                        if entry == Self.lookUpBucket {
                            if let slot = lookUp(bytes, endingAt: end) {
                                hits.append(LiteralHit(position: Int32(end - 3), key: UInt32(truncatingIfNeeded: slots[slot] - 1)))
                                found |= slotBits[slot].patterns
                                keyBits |= slotBits[slot].key
                            }
                            entry = 0
                        }
                        // The window is at most one key (``WindowKey``).
                        while entry != 0 {
                            let key = windowKeys[Int(entry) &- 1]
                            if window | key.letters == key.bytes {
                                hits.append(LiteralHit(position: Int32(end - 3), key: key.key))
                                found |= key.bits.patterns
                                keyBits |= key.bits.key
                                break
                            }
                            entry = key.next
                        }
                        end &+= 1
                    }
                }
            }
        }
        result.hits = first..<hits.count
        let nonASCII = ASCIIRuns.firstNonASCII(in: bytes, from: 0)
        result.isASCII = nonASCII == bytes.count
        // Only a text with a byte past ASCII may hold a character folding to ASCII letters, or
        // characters other than plain Latin.
        if !result.isASCII {
            let classes = Self.charactersPastASCII(bytes, from: nonASCII)
            result.foldsToASCII = classes.foldsToASCII
            result.isPlainLatin = classes.isPlainLatin
        }
        result.hasVisibleASCII = ASCIIRuns.hasVisibleASCII(bytes)
        result.patterns = found
        result.keyBits = keyBits
        result.firstByte = bytes.first ?? 0
        return result
    }

    /// The slot in ``slots`` of the four bytes ending at `end`, lowercased, when they are a key: for
    /// the windows of a filter byte that ``windowKeys`` does not answer (``lookUpBucket``).
    private func lookUp(_ bytes: UnsafeBufferPointer<UInt8>, endingAt end: Int) -> Int? {
        let window =
            UInt32(lowercase[Int(bytes[end &- 3])]) << 24 | UInt32(lowercase[Int(bytes[end &- 2])]) << 16
            | UInt32(lowercase[Int(bytes[end &- 1])]) << 8 | UInt32(lowercase[Int(bytes[end])])
        return slot(of: window)
    }

    /// The first position at or after `start` (3 or more) where the window of the four bytes ending
    /// there, folded (``foldedWindow(_:)``), passes the filter; `bytes.count` when none does. Four
    /// windows a step, so that they share the loop's count and branch.
    @inline(__always)
    private static func nextCandidate(
        in bytes: UnsafeBufferPointer<UInt8>, from start: Int, filter: UnsafeBufferPointer<UInt8>
    ) -> Int {
        let count = bytes.count
        // `start` is at least 3, so each window's first byte, at `end - 3`, is in the text.
        let raw = UnsafeRawPointer(bytes.baseAddress!)
        func window(endingAt end: Int) -> UInt32 {
            foldedWindow(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: end &- 3, as: UInt32.self)))
        }
        var end = start
        while end &+ 3 < count {
            if filter[hash(window(endingAt: end))] != 0 { return end }
            if filter[hash(window(endingAt: end &+ 1))] != 0 { return end &+ 1 }
            if filter[hash(window(endingAt: end &+ 2))] != 0 { return end &+ 2 }
            if filter[hash(window(endingAt: end &+ 3))] != 0 { return end &+ 3 }
            end &+= 4
        }
        while end < count {
            if filter[hash(window(endingAt: end))] != 0 { return end }
            end &+= 1
        }
        return count
    }

    /// Whether `literal` occurs at `start`, ignoring ASCII case, its word boundaries allowing.
    ///
    /// A boundary is refused only where ICU certainly sees none: between two ASCII word characters,
    /// between two ASCII non-word characters, or between a non-word character and the text's end. A
    /// non-ASCII neighbour (a letter, a mark) leaves the boundary to the regex, unless `certain`
    /// asks for a boundary ICU certainly sees.
    static func occurs(
        _ literal: LiteralView, at start: Int, in bytes: UnsafeBufferPointer<UInt8>, certain: Bool = false
    ) -> Bool {
        let pattern = literal.bytes
        // An empty literal is no literal the reader makes (``RegexLiterals``).
        precondition(!pattern.isEmpty, "empty literal")
        let end = start + pattern.count
        guard start >= 0, end <= bytes.count else { return false }
        for offset in pattern.indices where ASCIITables.lowercased(bytes[start + offset]) != pattern[offset] {
            return false
        }
        if literal.wordBefore || literal.wordAfter {
            // Only a proof asks for neighbouring word characters: ASCII ones are certain.
            if literal.wordBefore, start == 0 || !isCertainWordByte(bytes[start - 1]) { return false }
            if literal.wordAfter, end == bytes.count || !isCertainWordByte(bytes[end]) { return false }
        }
        if literal.boundaryBefore {
            let inside = ASCIITables.isWordByte(pattern[0])
            if start == 0 {
                if !inside { return false }
            } else {
                let outside = bytes[start - 1]
                if outside < 0x80 {
                    if ASCIITables.isWordByte(outside) == inside { return false }
                } else if certain {
                    return false
                }
            }
        }
        if literal.boundaryAfter {
            let inside = ASCIITables.isWordByte(pattern[pattern.count - 1])
            if end == bytes.count {
                if !inside { return false }
            } else {
                let outside = bytes[end]
                if outside < 0x80 {
                    if ASCIITables.isWordByte(outside) == inside { return false }
                } else if certain {
                    return false
                }
            }
        }
        return true
    }

    private static func isCertainWordByte(_ byte: UInt8) -> Bool {
        byte < 0x80 && ASCIITables.isWordByte(byte)
    }

    /// Whether some occurrence of `literal` in `bytes` passes ``occurs(_:at:in:certain:)``.
    static func contains(_ literal: LiteralView, in bytes: UnsafeBufferPointer<UInt8>, certain: Bool = false) -> Bool {
        precondition(!literal.bytes.isEmpty, "empty literal")
        let first = literal.bytes[0]
        let count = literal.bytes.count
        guard count <= bytes.count else { return false }
        for start in 0...(bytes.count - count)
        where ASCIITables.lowercased(bytes[start]) == first && occurs(literal, at: start, in: bytes, certain: certain) {
            return true
        }
        return false
    }

    /// Whether some byte of `bytes` begins a character whose case folding yields ASCII letters.
    static func foldsToASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        foldsToASCII(bytes, from: ASCIIRuns.firstNonASCII(in: bytes, from: 0))
    }

    /// ``foldsToASCII(_:)`` for bytes whose first `start` are ASCII: only the bytes past ASCII are
    /// visited (every such character begins with one), the runs of ASCII between them skipped.
    ///
    /// A character's continuation bytes (0x80–0xBF, below 0xC3) begin no character: they are stepped
    /// over one by one, and only a run of ASCII bytes is skipped through ``ASCIIRuns``.
    static func foldsToASCII(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        let count = bytes.count
        var position = start
        while position < count {
            let byte = bytes[position]
            if byte < 0x80 {
                position = ASCIIRuns.firstNonASCII(in: bytes, from: position &+ 1)
                continue
            }
            if byte >= 0xC3, position &+ 1 < count, mayFold(secondByte: bytes[position &+ 1]),
                foldsToASCII(bytes, at: position)
            {
                return true
            }
            position &+= 1
        }
        return false
    }

    /// ``foldsToASCII(_:from:)``, and whether every character is plain Latin
    /// (``NameMatching/isPlainLatin(_:)``), read in the same pass over the bytes past ASCII.
    ///
    /// Plain Latin is decided by the characters' lead bytes alone (0xC2 and above): `isPlainLatin`
    /// steps from lead to lead by each sequence's length, and in well-formed UTF-8 (a string's bytes)
    /// the lead bytes are exactly the bytes of 0xC2 and above, so visiting each byte past ASCII
    /// visits the same leads; it accepts 0xC2–0xC5 and some sequences of 0xE2. A character folding to ASCII (``foldsToASCII(_:at:)``) ends the pass:
    /// the text is then reported as not plain Latin, which only sends readers to their exact path.
    static func charactersPastASCII(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int)
        -> (foldsToASCII: Bool, isPlainLatin: Bool)
    {
        let count = bytes.count
        var position = start
        var isPlainLatin = true
        while position < count {
            let byte = bytes[position]
            if byte < 0x80 {
                position = ASCIIRuns.firstNonASCII(in: bytes, from: position &+ 1)
                continue
            }
            // Continuation bytes (below 0xC0) and the leads of Latin-1 and Latin Extended-A
            // (0xC2–0xC5, the first two of which fold to nothing ASCII) pass the first test.
            if byte >= 0xC3 {
                if position &+ 1 < count, mayFold(secondByte: bytes[position &+ 1]), foldsToASCII(bytes, at: position) {
                    return (true, false)
                }
                // Leads 0xC0 and 0xC1 are in no well-formed UTF-8.
                if byte >= 0xC6, isPlainLatin {
                    isPlainLatin = byte == 0xE2 && position &+ 2 < count
                        && NameMatching.isPlainLatinMark(bytes[position &+ 1], bytes[position &+ 2])
                }
            }
            position &+= 1
        }
        return (false, isPlainLatin)
    }

    /// Whether `byte` is the second byte of a sequence ``foldsToASCII(_:at:)`` accepts: 0x84, 0x89,
    /// 0x9F, 0xAC, 0xB0, 0xBA or 0xBF (bits 0x04, 0x09, 0x1F, 0x2C, 0x30, 0x3A, 0x3F of the mask, by
    /// `byte - 0x80`). An accented letter (`é` is C3 A9) or a quotation mark (`’` is E2 80 99) is
    /// passed over by this test alone; a sequence with no second byte is accepted by none.
    @inline(__always)
    private static func mayFold(secondByte byte: UInt8) -> Bool {
        let mask: UInt64 = 1 << 0x04 | 1 << 0x09 | 1 << 0x1F | 1 << 0x2C | 1 << 0x30 | 1 << 0x3A | 1 << 0x3F
        let bit = byte &- 0x80
        return bit < 0x40 && mask >> UInt64(bit) & 1 != 0
    }

    /// Whether the UTF-8 sequence at `start` is a character whose case folding contains an ASCII
    /// letter: ß U+00DF, İ U+0130, ŉ U+0149, ſ U+017F, ǰ U+01F0, U+1E96–U+1E9A, ẞ U+1E9E,
    /// K U+212A, and the Latin ligatures U+FB00–U+FB06.
    static func foldsToASCII(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        func byte(_ offset: Int) -> UInt8? { start + offset < bytes.count ? bytes[start + offset] : nil }
        switch (bytes[start], byte(1)) {
        case (0xC3, 0x9F), (0xC4, 0xB0), (0xC5, 0x89), (0xC5, 0xBF), (0xC7, 0xB0): return true
        case (0xE1, 0xBA): return byte(2).map { (0x96...0x9A).contains($0) || $0 == 0x9E } ?? false
        case (0xE2, 0x84): return byte(2) == 0xAA
        case (0xEF, 0xAC): return byte(2).map { (0x80...0x86).contains($0) } ?? false
        default: return false
        }
    }
}
