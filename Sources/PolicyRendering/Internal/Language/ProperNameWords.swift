import PolicyModel

/// The first words of the names a policy uses (``Composer/properNameWords(of:in:)``), which keep
/// their capital in running text; a set with the semantics of `Set<String>`, read by UTF-8 bytes.
///
/// Words whose every character is one scalar (``SingleScalarText``) are equal as strings exactly
/// when their bytes are (no two such texts are canonically equivalent), so they sit in a small
/// open-addressing table of byte hashes; other words keep `String` comparison.
///
/// A class, so that the composer hands it to each reading for one reference count; the table, built
/// first (``ProperNameWordTable``), is a constant inside it, so a reading neither copies it nor
/// checks exclusive access.
final class ProperNameWords {
    private let table: ProperNameWordTable

    /// The set of `candidates`.
    convenience init(_ candidates: [String]) {
        var table = ProperNameWordTable(expectedCount: candidates.count)
        for word in candidates { table.insert(word) }
        self.init(table)
    }

    /// The set of the words of `table`.
    init(_ table: ProperNameWordTable) {
        self.table = table
    }

    /// Whether the single-scalar word `bytes` is in the set.
    func contains(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool { table.contains(bytes) }

    /// Whether `word` is in the set, by `String` equality.
    func contains(_ word: String) -> Bool { table.contains(word) }
}

/// The words of ``ProperNameWords`` while they are collected, and its storage.
///
/// The single-scalar words are kept as their bytes, one after another in one array, so that adding
/// or finding a single-scalar word makes no `String`.
struct ProperNameWordTable {
    /// Slots of `hash | 1` (0 is empty), and the position of the slot's word in `ends`.
    private var slots: [UInt64]
    private var positions: [Int]
    /// The bytes of the single-scalar words, one after another: word `i` ends at `ends[i]` and starts
    /// where word `i - 1` ends (at 0 for the first).
    private var bytes: [UInt8] = []
    private var ends: [Int] = []
    /// Words with characters of several scalars.
    private var others: [String] = []

    /// An empty set, its table sized for up to `expectedCount` words (it grows past them).
    init(expectedCount: Int) {
        var capacity = 16
        while capacity < expectedCount * 2 { capacity *= 2 }
        slots = Array(repeating: 0, count: capacity)
        positions = Array(repeating: 0, count: capacity)
        ends.reserveCapacity(expectedCount)
        bytes.reserveCapacity(expectedCount * 8)
    }

    /// Adds `word`.
    mutating func insert(_ word: String) {
        let isSingleScalar = UTF8Output.withUTF8(of: word) { SingleScalarText.matches($0) }
        guard isSingleScalar else {
            if !others.contains(word) { others.append(word) }
            return
        }
        UTF8Output.withUTF8(of: word) { insert($0) }
    }

    /// Adds the bare first word of `name`, ``RunningText/firstBareWord(of:)``, when it has one: what
    /// `firstBareWord(of: name).map(insert)` does, without making a string of the word.
    ///
    /// The name is read in place (``UTF8Output/withUTF8(of:_:)-(String,_)``), not through a copy.
    mutating func insertFirstWord(of name: String) {
        let isSingleScalar = UTF8Output.withUTF8(of: name) { SingleScalarText.matches($0) }
        guard isSingleScalar else {
            if let word = RunningText.firstBareWord(of: name) { insert(word) }
            return
        }
        UTF8Output.withUTF8(of: name) { bytes in
            guard let word = RunningText.firstWord(bytes) else { return }
            // A bare word of a single-scalar text is single-scalar too, as `insert(_:)` would find.
            if let bare = RunningText.bareWord(bytes, word) {
                insert(UnsafeBufferPointer(rebasing: bytes[bare]))
            } else {
                insert(UnsafeBufferPointer(rebasing: bytes[0..<0]))
            }
        }
    }

    /// Whether the single-scalar word `bytes` is in the set.
    func contains(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if find(bytes) != nil { return true }
        guard !others.isEmpty else { return false }
        let word = String(decoding: bytes, as: UTF8.self)
        return others.contains(word)
    }

    /// Whether `word` is in the set, by `String` equality: by its bytes when it is single-scalar (as the
    /// lookup by bytes), else against each word as a string (a word of several scalars may equal a
    /// single-scalar one canonically).
    func contains(_ word: String) -> Bool {
        if UTF8Output.withUTF8(of: word, { SingleScalarText.matches($0) }) { return UTF8Output.withUTF8(of: word) { contains($0) } }
        for position in ends.indices where String(decoding: self.bytes[range(of: position)], as: UTF8.self) == word {
            return true
        }
        return others.contains(word)
    }

    /// The range in `bytes` of the word at `position`.
    private func range(of position: Int) -> Range<Int> {
        (position == 0 ? 0 : ends[position - 1])..<ends[position]
    }

    /// Adds the single-scalar word `word`.
    private mutating func insert(_ word: UnsafeBufferPointer<UInt8>) {
        let hash = Self.hash(word)
        guard find(word, hash: hash) == nil else { return }
        // At most half full, so a probe always ends at an empty slot: past that, the table doubles.
        if (ends.count + 1) * 2 > slots.count { grow() }
        place(hash, position: ends.count)
        bytes.append(contentsOf: word)
        ends.append(bytes.count)
    }

    /// Puts the word at `position` of `ends`, whose hash is `hash`, in the first empty slot from its own.
    private mutating func place(_ hash: UInt64, position: Int) {
        var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
        while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
        slots[slot] = hash
        positions[slot] = position
    }

    /// Doubles the table and places every word again.
    private mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        positions = Array(repeating: 0, count: slots.count)
        for position in ends.indices {
            let hash = bytes.withUnsafeBufferPointer { Self.hash(UnsafeBufferPointer(rebasing: $0[range(of: position)])) }
            place(hash, position: position)
        }
    }

    private func find(_ word: UnsafeBufferPointer<UInt8>) -> Int? {
        find(word, hash: Self.hash(word))
    }

    /// ``find(_:)`` of a word whose hash is `hash`.
    private func find(_ word: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int? {
        var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
        while slots[slot] != 0 {
            if slots[slot] == hash {
                let position = positions[slot]
                let stored = range(of: position)
                let isEqual = bytes.withUnsafeBufferPointer { Self.equals(UnsafeBufferPointer(rebasing: $0[stored]), word) }
                if isEqual { return position }
            }
            slot = (slot + 1) & (slots.count - 1)
        }
        return nil
    }

    /// Whether `a` and `b` hold the same bytes.
    private static func equals(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        for offset in 0..<a.count where a[offset] != b[offset] { return false }
        return true
    }

    /// A hash of the bytes (``WordHash``), never 0; a collision costs a comparison of bytes
    /// (``find(_:hash:)``), never a wrong answer.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        WordHash.hash(bytes).hash
    }
}
