/// Writing a text neutralised and escaped in one pass over its UTF-8.
///
/// The result is byte for byte ``Swift/String/neutralisingControls`` followed by
/// ``Swift/String/escapedForHTML`` or ``Swift/String/escapedForMarkdown``: line breaks and tabs
/// (and U+2028, U+2029) become spaces, the other controls, U+0080–U+009F, the direction marks,
/// overrides and isolates and U+FEFF are dropped, and the format's ASCII specials are escaped.
/// Runs of bytes that need none of this are copied whole.
extension UTF8Output {
    /// Which escaping a text gets once its controls are neutralised.
    enum Escaping {
        /// `& < > " '` as entities.
        case html
        /// The characters CommonMark and GFM could read as markup (``MarkdownSpecials``) behind a backslash.
        case markdown
        /// `( ) < > \` and space behind a backslash: a link destination, all ASCII.
        case markdownDestination

        /// The bit of ``ByteClasses`` that marks the bytes this format's scan stops at.
        @inline(__always)
        var byteClass: UInt8 {
            switch self {
            case .html: HTMLSpecials.byteClass
            case .markdown: MarkdownSpecials.byteClass
            case .markdownDestination: DestinationSpecials.byteClass
            }
        }
    }

    /// `text`, neutralised and escaped; inlined, so that the format is known where it is written
    /// and the call goes straight to that format's scan.
    @inline(__always)
    mutating func append(_ text: String, escapedFor escaping: Escaping) {
        Self.withUTF8(of: text) { _ = append(neutralising: $0, escapedFor: escaping) }
    }

    @inline(__always)
    mutating func append(_ text: Substring, escapedFor escaping: Escaping) {
        Self.withUTF8(of: text) { _ = append(neutralising: $0, escapedFor: escaping) }
    }

    /// ``append(_:escapedFor:)``, answering whether the text held a control
    /// (``Swift/String/containsControl(_:)``), which it neutralised: for a caller that writes such
    /// a text another way, and takes this back, without reading the text once more to test it first.
    @inline(__always)
    mutating func appendTellingControls(_ text: String, escapedFor escaping: Escaping) -> Bool {
        Self.withUTF8(of: text) { append(neutralising: $0, escapedFor: escaping) }
    }

    /// A text of fewer than sixteen bytes none of which the format's scan stops at, the most
    /// common kind (a code, a name, a cell's few words), is copied here, where it is written,
    /// without the call to the scan: the same test and copy as the scan's last bytes. Returns
    /// whether the text held a control.
    @inline(__always)
    private mutating func append(neutralising source: UnsafeBufferPointer<UInt8>, escapedFor escaping: Escaping) -> Bool {
        if let bytes = source.baseAddress, source.count < 16 {
            if source.isEmpty { return false }
            let classes = escaping.byteClass
            let found = ByteClasses.ofShortRun(at: bytes, count: source.count, in: byteClasses)
            if found & (Self.anyFormat | classes) == 0 {
                append(contentsOf: source)
                return false
            }
        }
        return switch escaping {
        case .html: append(neutralising: source, escaping: HTMLSpecials.self)
        case .markdown: append(neutralising: source, escaping: MarkdownSpecials.self)
        case .markdownDestination: append(neutralising: source, escaping: DestinationSpecials.self)
        }
    }

    /// The scan, made once for each format so that the test of a byte is a few instructions.
    ///
    /// It frees no object: it reads the text, writes bytes and may move the buffer (raw memory, see
    /// ``grow(toHold:)``). It says so because the optimizer cannot see it through the SSE2
    /// comparisons (C functions, see ``SixteenBytes``): otherwise every writer retains and releases
    /// each run and string it reads from the outline around each call. Returns whether the text
    /// held a control.
    ///
    /// Almost every text is copied whole by its first run of plain bytes: that run is all this
    /// function does, and a text with something to escape or drop goes on in
    /// ``appendEscaping(neutralising:from:escaping:)``. Kept apart, the common case keeps few values
    /// at hand and saves little on entry.
    @_effects(releasenone) @inline(never)
    private mutating func append<Specials: EscapedBytes>(
        neutralising source: UnsafeBufferPointer<UInt8>, escaping _: Specials.Type
    ) -> Bool {
        let copied = appendPlainBytes(of: source, from: 0, stoppingAt: Self.anyFormat | Specials.byteClass, Specials.self)
        guard copied < source.count else { return false }
        return appendEscaping(neutralising: source, from: copied, escaping: Specials.self)
    }

    /// The rest of ``append(neutralising:escaping:)``, from `start`, where a byte to escape or drop
    /// stands: that byte is written as its format says, then the plain bytes after it, and so on.
    /// Frees no object (see above).
    @_effects(releasenone) @inline(never)
    private mutating func appendEscaping<Specials: EscapedBytes>(
        neutralising source: UnsafeBufferPointer<UInt8>, from start: Int, escaping _: Specials.Type
    ) -> Bool {
        let count = source.count
        var index = start
        var heldControl = false
        while true {
            // The fast path: bytes that are copied as they are, which almost every byte is.
            // No overflow check on the index, which stays within the text.
            index &+= appendPlainBytes(
                of: source, from: index, stoppingAt: Self.anyFormat | Specials.byteClass, Specials.self)
            guard index < count else { break }
            let byte = source[index]
            var length = 1
            // What the scalar becomes: the byte itself (a special), a space, or nothing.
            var replacement: UInt8? = byte
            switch byte {
            case 0x09, 0x0A, 0x0D:
                replacement = UInt8(ascii: " ")
                heldControl = true
            case 0x00...0x1F, 0x7F:
                replacement = nil
                heldControl = true
            case 0xC2, 0xE2, 0xEF:
                guard let control = String.multiByteControl(in: source, at: index) else {
                    // A scalar kept as it is, which the plain bytes above already keep: written the same
                    // here, its lead byte, then the others with the plain bytes after it.
                    append(byte: byte)
                    index &+= 1
                    continue
                }
                length = control.length
                replacement = control.space ? UInt8(ascii: " ") : nil
                heldControl = true
            default:
                break
            }
            // The space a line break becomes is escaped where a space is: in a link destination.
            if let replacement {
                if byteClasses[Int(replacement)] & Specials.byteClass != 0 {
                    Specials.appendEscape(of: replacement, to: &self)
                } else {
                    append(byte: replacement)
                }
            }
            index &+= length
        }
        return heldControl
    }

    /// Copies the bytes of `source` from `start` on up to the first one whose classes meet
    /// `classes` and that does not start a kept scalar (see ``startsKeptScalar(_:at:)``), and
    /// returns how many it copied: all that remain when there is none.
    ///
    /// Sixteen bytes at a time: a block is copied, then the format tells which of its bytes meet
    /// `classes` (``EscapedBytes/stops(inSixteenAt:table:)``); the room reserved, what remains of
    /// the text, holds the block, and at the first such byte only the bytes before it are kept,
    /// unless it is the lead byte of a kept scalar (a no-break space, an apostrophe, most of what
    /// French text puts there): that byte is kept like the bytes around it and the next marked byte
    /// of the block is looked at the same way, then the next block. The last bytes, fewer than
    /// sixteen, are read as the block that ends with the text when there are sixteen bytes from
    /// `start` on; otherwise they are tested together and copied as one short run, or, when one of
    /// them meets `classes`, one by one with the same rule. Each byte is written at the same distance from the start of the room
    /// as it is read from `start`, so one offset counts both.
    ///
    /// Keeping a kept scalar's lead byte here writes what the caller would have: given that byte,
    /// it appends it and carries on from the next, whose continuation bytes are in no class.
    @inline(__always)
    private mutating func appendPlainBytes<Specials: EscapedBytes>(
        of source: UnsafeBufferPointer<UInt8>, from start: Int, stoppingAt classes: UInt8, _: Specials.Type
    ) -> Int {
        guard let bytes = source.baseAddress else { return 0 }
        let length = source.count &- start
        let from = bytes + start
        let table = UnsafePointer(byteClasses)
        var offset = 0
        appendInPlace(upTo: length) { to in
            // The last offset with sixteen bytes from it (negative when there is none).
            let lastBlock = length &- 16
            while offset <= lastBlock {
                // Tested, then copied: so the sixteen bytes are read once, for both.
                let stops = Specials.stops(inSixteenAt: from + offset, table: table)
                ShortRun.copySixteen(from: from + offset, to: to + offset)
                if let stop = Self.firstStop(stops, at: offset, of: source, from: start, classes: classes, table: table) {
                    offset = stop
                    return offset
                }
                offset &+= 16
            }
            let rest = length &- offset
            guard rest > 0 else { return offset }
            if lastBlock >= 0 {
                // The last sixteen bytes, which end with the text and overlap the bytes already
                // copied by `16 - rest`: the same test and copy as a block. The overlapping bytes are
                // written again with the values they have, and their bits are shifted out of the
                // mask, so bit `i` is the byte at `offset + i`.
                let stops = Specials.stops(inSixteenAt: from + lastBlock, table: table) &>> UInt32(16 &- rest)
                ShortRun.copySixteen(from: from + lastBlock, to: to + lastBlock)
                if let stop = Self.firstStop(stops, at: offset, of: source, from: start, classes: classes, table: table) {
                    offset = stop
                    return offset
                }
                offset = length
                return offset
            }
            if ByteClasses.ofShortRun(at: from + offset, count: rest, in: table) & classes == 0 {
                ShortRun.copy(from: from + offset, to: to + offset, count: rest)
                offset = length
                return offset
            }
            while offset < length {
                let byte = from[offset]
                if table[Int(byte)] & classes != 0, !Self.startsKeptScalar(source, at: start &+ offset) { break }
                to[offset] = byte
                offset &+= 1
            }
            return offset
        }
        return offset
    }

    /// The offset of the first byte to stop at among the marked bytes of a block already copied:
    /// bit `i` of `stops` marks the byte at `offset + i` (counted from `start` in `source`).
    ///
    /// The marked bytes are looked at in order: the first whose classes meet `classes` is the stop,
    /// unless it starts a kept scalar, which is kept like the bytes around it (its continuation bytes
    /// are in no class); a byte the format let through unmarked is kept too. `nil` when none stops.
    @inline(__always)
    private static func firstStop(
        _ stops: UInt32, at offset: Int, of source: UnsafeBufferPointer<UInt8>, from start: Int, classes: UInt8,
        table: UnsafePointer<UInt8>
    ) -> Int? {
        var stops = stops
        while stops != 0 {
            let marked = offset &+ stops.trailingZeroBitCount
            if table[Int(source[start &+ marked])] & classes != 0, !startsKeptScalar(source, at: start &+ marked) {
                return marked
            }
            stops &= stops &- 1
        }
        return nil
    }

    /// Whether the byte at `index`, one that some class marks, is the lead byte of a scalar that
    /// every format keeps as it is: `C2`, `E2` or `EF` starting no control
    /// (``Swift/String/multiByteControl(in:at:)``). The other marked bytes are ASCII.
    @inline(__always)
    private static func startsKeptScalar(_ source: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        source[index] >= 0x80 && String.multiByteControl(in: source, at: index) == nil
    }

    /// The class bit of a byte every scan stops at: a control, or the lead byte of a scalar that
    /// may be one (`C2`, `E2`, `EF`).
    static let anyFormat: UInt8 = 1

    /// Fills the table, built once for each buffer: a lookup is the cheapest test of a byte, and
    /// owning it keeps the scans free of shared state and of reference counting.
    static func fillByteClasses(_ table: UnsafeMutablePointer<UInt8>) {
        table.initialize(repeating: 0, count: 256)
        for byte in 0..<0x20 { table[byte] = anyFormat }
        table[0x7F] = anyFormat
        table[0xC2] = anyFormat
        table[0xE2] = anyFormat
        table[0xEF] = anyFormat
        mark(HTMLSpecials.self, in: table)
        mark(MarkdownSpecials.self, in: table)
        mark(DestinationSpecials.self, in: table)
    }

    private static func mark<Specials: EscapedBytes>(_: Specials.Type, in table: UnsafeMutablePointer<UInt8>) {
        Specials.specials.withUTF8Buffer { bytes in
            for byte in bytes { table[Int(byte)] |= Specials.byteClass }
        }
    }
}
