/// What each pair of adjacent bytes of a text tells the literal scan (``LiteralIndex/scan(_:into:)``)
/// about the index's keys, ASCII case ignored: how far the scan may move on when the pair ends the
/// four-byte window it looks at, and whether a key begins with the pair.
///
/// Most windows of a text begin no key. The scan looks at the window's last two bytes first: when
/// they are the pair (x, y) and a key begins `t` bytes further (t in 0...2), that key holds (x, y)
/// at offset `2 - t`. So if no key holds (x, y) at an offset `2 - t` for any `t < d`, no key begins
/// in the next `d` windows and the scan moves on by `d` without reading them. ``advance(_:)`` is the
/// largest such `d`: 2 minus the largest offset at which some key holds the pair, or 3 when no key
/// holds it. A window that must be read is first asked whether a key begins with its first pair
/// (``startsKey(_:)``), and only then compared with the keys.
struct KeyPairTable: Sendable {
    /// One entry per pair, indexed by ``pair(_:at:)``: the advance in the low two bits, and
    /// ``startsKeyFlag`` when some key begins with the pair.
    private let entries: [UInt8]
    private static let startsKeyFlag: UInt8 = 4

    /// The table for `keys` (``LiteralIndex/key(_:)``: four bytes, the first one highest). A key is
    /// found in a text's bytes with its ASCII capitals lowered, so only its lowercase form is ever
    /// found: each pair of a key stands for every pair of bytes that lowers to it.
    init(keys: [UInt32]) {
        var entries = [UInt8](repeating: 3, count: 1 << 16)
        for key in keys {
            for offset in 0..<3 {
                let first = UInt8(truncatingIfNeeded: key >> (24 - 8 * offset))
                let second = UInt8(truncatingIfNeeded: key >> (16 - 8 * offset))
                Self.forEachPair(lowering: first, second) { pair in
                    let advance = min(entries[pair] & 3, UInt8(2 - offset))
                    entries[pair] = entries[pair] & ~3 | advance
                    if offset == 0 { entries[pair] |= Self.startsKeyFlag }
                }
            }
        }
        self.entries = entries
    }

    /// Calls `body` with the entry of every pair of bytes whose ASCII capitals lower to `first`,
    /// `second`: a lowercase letter stands for itself and its capital, a capital for nothing (no
    /// byte lowers to it), any other byte for itself.
    private static func forEachPair(lowering first: UInt8, _ second: UInt8, _ body: (Int) -> Void) {
        func isLowercase(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "a") < 26 }
        func isCapital(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "A") < 26 }
        guard !isCapital(first), !isCapital(second) else { return }
        let firstCapital = isLowercase(first) ? first - 0x20 : first
        let secondCapital = isLowercase(second) ? second - 0x20 : second
        body(Int(first) | Int(second) << 8)
        if firstCapital != first { body(Int(firstCapital) | Int(second) << 8) }
        if secondCapital != second { body(Int(first) | Int(secondCapital) << 8) }
        if firstCapital != first, secondCapital != second { body(Int(firstCapital) | Int(secondCapital) << 8) }
    }

    /// The entry index of the pair of bytes at `offset`: the first byte low, the second high.
    @inline(__always)
    static func pair(_ bytes: UnsafeRawPointer, at offset: Int) -> Int {
        Int(UInt16(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt16.self)))
    }

    /// How far the scan may move on from a window ending with `pair` without missing a key: 0 when
    /// the window itself must be read. `entries` are the table's (``withEntries(_:)``).
    @inline(__always)
    static func advance(_ pair: Int, in entries: UnsafeBufferPointer<UInt8>) -> Int {
        Int(entries[pair] & 3)
    }

    /// Whether some key begins with `pair`. `entries` are the table's (``withEntries(_:)``).
    @inline(__always)
    static func startsKey(_ pair: Int, in entries: UnsafeBufferPointer<UInt8>) -> Bool {
        entries[pair] & startsKeyFlag != 0
    }

    /// Calls `body` with the entries, for ``advance(_:in:)`` and ``startsKey(_:in:)``.
    func withEntries<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        entries.withUnsafeBufferPointer(body)
    }
}
