/// The first words of the names a policy uses (``Composer/properNameWords(of:in:)``), which keep
/// their capital in running text; a set with the semantics of `Set<String>`, read by UTF-8 bytes.
///
/// Words whose every character is one scalar (``SingleScalarText``) are equal as strings exactly
/// when their bytes are (no two such texts are canonically equivalent), so they sit in a small
/// open-addressing table of byte hashes; other words keep `String` comparison.
struct ProperNameWords {
    /// Slots of `hash | 1` (0 is empty), and the position of the slot's word in `words`.
    private var slots: [UInt64]
    private var positions: [Int]
    private var words: [String] = []
    /// Words with characters of several scalars.
    private var others: [String] = []

    init(_ candidates: [String]) {
        var capacity = 16
        while capacity < candidates.count * 2 { capacity *= 2 }
        slots = Array(repeating: 0, count: capacity)
        positions = Array(repeating: 0, count: capacity)
        for word in candidates {
            var bytes = word
            let isSingleScalar = bytes.withUTF8 { SingleScalarText.matches($0) }
            guard isSingleScalar else {
                if !others.contains(word) { others.append(word) }
                continue
            }
            bytes.withUTF8 { insert(word, $0) }
        }
    }

    /// Whether the single-scalar word `bytes` is in the set.
    func contains(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if find(bytes) != nil { return true }
        guard !others.isEmpty else { return false }
        let word = String(decoding: bytes, as: UTF8.self)
        return others.contains(word)
    }

    /// Whether `word` is in the set, by `String` equality.
    func contains(_ word: String) -> Bool {
        words.contains(word) || others.contains(word)
    }

    private mutating func insert(_ word: String, _ bytes: UnsafeBufferPointer<UInt8>) {
        guard find(bytes) == nil else { return }
        let hash = Self.hash(bytes)
        var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
        while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
        slots[slot] = hash
        positions[slot] = words.count
        words.append(word)
    }

    private func find(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let hash = Self.hash(bytes)
        var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
        while slots[slot] != 0 {
            if slots[slot] == hash, words[positions[slot]].utf8.elementsEqual(bytes) { return positions[slot] }
            slot = (slot + 1) & (slots.count - 1)
        }
        return nil
    }

    /// FNV-1a over the bytes, never 0.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return hash | 1
    }
}
