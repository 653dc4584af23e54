/// ``Swift/String/protectingMarkdownLineStart`` applied to a line already in the buffer.
extension UTF8Output {
    /// Rewrites the bytes written since `start` as ``Swift/String/protectingMarkdownLineStart``
    /// would: leading spaces dropped, a first `-`, `+`, `=` or the `.` or `)` after leading digits escaped.
    ///
    /// That function reads characters; the bytes tell the same answer whenever each ASCII byte it
    /// looks at is followed by ASCII, so that it is a character alone. When one is followed by a
    /// non-ASCII byte (a combining mark could join it), the line goes through the function itself.
    @inline(__always)
    mutating func protectMarkdownLineStart(from start: Int) {
        // Almost every line opens with a letter, `*`, `[` or another byte that is neither a space, a
        // `-`, `+`, `=` nor a digit: such a line is left as it is (``lineStartEdit(from:)`` would find
        // no space to drop and no marker), which its first byte tells.
        if start < count, !Self.mayOpenBlock(self[start]) { return }
        // Otherwise it is still almost always left as it is: that test makes no array and frees nothing.
        if let edit = lineStartEdit(from: start), edit.dropped == 0, edit.backslashAt == nil { return }
        rewriteMarkdownLineStart(from: start)
    }

    /// Whether a line opening with `byte` may need ``lineStartEdit(from:)``'s edit: a space, `-`,
    /// `+`, `=` or a digit.
    @inline(__always)
    private static func mayOpenBlock(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "="): true
        case UInt8(ascii: "0")...UInt8(ascii: "9"): true
        default: false
        }
    }

    /// The rare rewrite: frees only the string and arrays it makes, which it says (`releasenone`), so
    /// that the Markdown writer's callers keep no retain around each line (see `MarkdownWriter`).
    @_effects(releasenone) @inline(never)
    private mutating func rewriteMarkdownLineStart(from start: Int) {
        guard let edit = lineStartEdit(from: start) else {
            let line = string(from: start).protectingMarkdownLineStart
            replaceBytes(from: start, with: Array(line.utf8))
            return
        }
        guard edit.dropped > 0 || edit.backslashAt != nil else { return }
        let kept = start + edit.dropped
        var line = (kept..<count).map { self[$0] }
        if let backslash = edit.backslashAt { line.insert(UInt8(ascii: "\\"), at: backslash - kept) }
        replaceBytes(from: start, with: line)
    }

    /// How many leading spaces go and where a backslash goes in the line from `start`; nil when
    /// the bytes cannot tell, because an ASCII byte that matters is followed by a non-ASCII one.
    private func lineStartEdit(from start: Int) -> (dropped: Int, backslashAt: Int?)? {
        let end = count
        func isAlone(_ index: Int) -> Bool { index + 1 == end || self[index + 1] < 0x80 }
        var first = start
        while first < end, self[first] == UInt8(ascii: " ") {
            guard isAlone(first) else { return nil }
            first += 1
        }
        let dropped = first - start
        guard first < end else { return (dropped, nil) }
        switch self[first] {
        case UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "="):
            return isAlone(first) ? (dropped, first) : nil
        default:
            break
        }
        var marker = first
        while marker < end, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self[marker]) { marker += 1 }
        // A digit followed by a mark is no digit to the function, but then what follows the digits
        // is not `.` or `)` for either reading.
        guard marker > first, marker < end, self[marker] == UInt8(ascii: ".") || self[marker] == UInt8(ascii: ")")
        else { return (dropped, nil) }
        return isAlone(marker) ? (dropped, marker) : nil
    }
}
