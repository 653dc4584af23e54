/// The UTF-8 bytes of a document being written, turned into a `String` once, at the end, or handed
/// over as they are (``RenderedDocument``).
///
/// The writers append literals, raw strings and escaped texts here instead of concatenating small
/// strings: one growing buffer, no intermediate `String` per element, no reference counting.
///
/// It owns its memory, so it cannot be copied. Every byte in it is ASCII or part of a whole
/// scalar copied from a `String`, so it always holds valid UTF-8: ``string`` relies on that.
struct UTF8Output: ~Copyable {
    /// `capacity` bytes allocated, the first `count` of them written.
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// How many bytes have been written: a mark to come back to.
    private(set) var count = 0
    /// For each of the 256 bytes, which escaping scans stop at it (see ``fillByteClasses(_:)``).
    let byteClasses: UnsafeMutablePointer<UInt8>

    init(capacity: Int = 0) {
        self.capacity = max(capacity, 64)
        base = .allocate(capacity: self.capacity)
        byteClasses = .allocate(capacity: 256)
        Self.fillByteClasses(byteClasses)
    }

    deinit {
        base.deallocate()
        byteClasses.deallocate()
    }

    /// The byte at `index`, one that has been written.
    subscript(index: Int) -> UInt8 {
        precondition(index >= 0 && index < count, "UTF8Output: index out of range")
        return base[index]
    }

    /// The document written so far.
    ///
    /// Valid UTF-8 by construction (see the type's documentation), so not validated again: checking
    /// 50 KB of accented text would cost as much as writing it.
    var string: String {
        String(validUTF8: UnsafeBufferPointer(start: base, count: count))
    }

    /// Calls `body` with the bytes written, valid only during the call: for a caller that writes them
    /// out as they are, with no string made of them.
    func withBytes<Result, Failure: Error>(
        _ body: (UnsafeRawBufferPointer) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        try body(UnsafeRawBufferPointer(start: base, count: count))
    }

    /// The bytes from `start` on, as a string; for the rare rewrite of a line already written.
    func string(from start: Int) -> String {
        precondition(start >= 0 && start <= count, "UTF8Output: index out of range")
        return String(decoding: UnsafeBufferPointer(start: base + start, count: count - start), as: UTF8.self)
    }

    /// Forgets what was written, keeping the room: for a scratch buffer.
    mutating func removeAll() {
        count = 0
    }

    /// Forgets what was written from `start` on: for a text taken back, to be written another way.
    mutating func removeBytes(from start: Int) {
        precondition(start >= 0 && start <= count, "UTF8Output: index out of range")
        count = start
    }

    /// Markup written in the source: tags, attribute names, separators. Inlined, so that each
    /// copy has a length known when compiling and becomes a few moves.
    @inline(__always)
    mutating func append(_ literal: StaticString) {
        literal.withUTF8Buffer { append(contentsOf: $0) }
    }

    /// A constant chosen when writing (its length is not known when compiling), copied as it is.
    mutating func append(constant: StaticString) {
        constant.withUTF8Buffer { append(contentsOf: $0) }
    }

    mutating func append(byte: UInt8) {
        reserve(1)
        base[count] = byte
        count &+= 1
    }

    /// A string the caller has already made safe, copied as it is.
    mutating func append(raw text: String) {
        Self.withUTF8(of: text) { append(contentsOf: $0) }
    }

    @inline(__always)
    mutating func append(contentsOf source: UnsafeBufferPointer<UInt8>) {
        guard let address = source.baseAddress, !source.isEmpty else { return }
        let length = source.count
        reserve(length)
        if length <= 16 {
            // Most runs are short: a few overlapping moves instead of a call to memcpy.
            ShortRun.copy(from: address, to: base + count, count: length)
        } else {
            UnsafeMutableRawPointer(base + count).copyMemory(from: address, byteCount: length)
        }
        count &+= length
    }

    /// Room for `extra` (not negative) more bytes, handed to `body` to write in place: `body`
    /// returns how many of them it wrote, from the first on, and those become part of the output.
    /// For a copy that tests its bytes as it goes, without a buffer in between.
    @inline(__always)
    mutating func appendInPlace(upTo extra: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
        assert(extra >= 0, "UTF8Output: negative room asked for")
        reserve(extra)
        let written = body(base + count)
        // One comparison for both bounds (`extra` is a size, never negative): a negative count reads
        // as a larger unsigned one than any room.
        precondition(
            UInt(bitPattern: written) <= UInt(bitPattern: extra), "UTF8Output: more bytes written than reserved")
        count &+= written
    }

    /// The bytes `range` of `other`, already written there; inlined, as it is called for every
    /// table cell (its column's name).
    @inline(__always)
    mutating func append(_ other: borrowing UTF8Output, range: Range<Int>) {
        precondition(range.lowerBound >= 0 && range.upperBound <= other.count, "UTF8Output: range out of bounds")
        append(contentsOf: UnsafeBufferPointer(start: other.base + range.lowerBound, count: range.count))
    }

    /// Replaces the bytes from `start` on; for the rare rewrite of a line already written.
    mutating func replaceBytes(from start: Int, with replacement: [UInt8]) {
        precondition(start >= 0 && start <= count, "UTF8Output: index out of range")
        count = start
        replacement.withUnsafeBufferPointer { append(contentsOf: $0) }
    }

    /// Drops the line breaks at the end of what was written since `start`, reading characters
    /// from the end: `\r` and `\n` go, but a final CR LF, being one character that is neither,
    /// stays, and so does everything before it.
    mutating func trimTrailingNewlines(from start: Int) {
        var end = count
        while end > start {
            let last = base[end - 1]
            if last == UInt8(ascii: "\r") {
                end -= 1
            } else if last == UInt8(ascii: "\n") {
                if end - 1 > start, base[end - 2] == UInt8(ascii: "\r") { break }
                end -= 1
            } else {
                break
            }
        }
        count = end
    }

    /// Room for `extra` more bytes.
    ///
    /// The sums here and after each append cannot overflow: `count` and `extra` are sizes of memory
    /// held (what was written, what is being copied), so they are added without the overflow check.
    private mutating func reserve(_ extra: Int) {
        if count &+ extra > capacity { grow(toHold: count &+ extra) }
    }

    /// Moves the bytes to a larger allocation.
    ///
    /// It frees raw memory only, never an object, and says so (`releasenone`): otherwise the
    /// optimizer, fearing that any append might release the outline being written, retains and
    /// releases every string it reads from it around each call.
    @_effects(releasenone) @inline(never)
    private mutating func grow(toHold needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.initialize(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }
}
