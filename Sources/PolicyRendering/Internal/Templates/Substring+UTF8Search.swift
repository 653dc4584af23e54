extension StringProtocol {
    /// The first occurrence of the ASCII `needle`, found by comparing UTF-8 bytes (no Foundation).
    ///
    /// An ASCII needle's bytes cannot start or end inside a multi-byte scalar, so the bounds are
    /// valid indices of the text.
    func utf8Range(of needle: String) -> Range<Index>? {
        guard let head = needle.utf8.first else { return nil }
        // Contiguous text (any native string) is searched as a buffer of bytes.
        let pattern = Array(needle.utf8)
        let found: Int?? = utf8.withContiguousStorageIfAvailable { bytes in Self.firstOffset(of: pattern, in: bytes) }
        if let found {
            guard let offset = found else { return nil }
            let start = utf8.index(utf8.startIndex, offsetBy: offset)
            return start..<utf8.index(start, offsetBy: pattern.count)
        }
        var from = utf8.startIndex
        while let start = utf8[from...].firstIndex(of: head) {
            if utf8[start...].starts(with: needle.utf8) {
                return start..<utf8.index(start, offsetBy: needle.utf8.count)
            }
            from = utf8.index(after: start)
        }
        return nil
    }

    /// The offset of the first occurrence of `pattern` (not empty) in `bytes`.
    private static func firstOffset(of pattern: [UInt8], in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard bytes.count >= pattern.count else { return nil }
        var offset = 0
        while offset <= bytes.count - pattern.count {
            if bytes[offset] == pattern[0], UnsafeBufferPointer(rebasing: bytes[offset..<(offset + pattern.count)])
                .elementsEqual(pattern)
            {
                return offset
            }
            offset += 1
        }
        return nil
    }

    /// The text cut at each occurrence of the ASCII `separator`, left to right without overlap:
    /// `a**b**` gives `a`, `b`, ``.
    func utf8Components(separatedBy separator: String) -> [String] {
        var parts: [String] = []
        var rest = self[...]
        while let range = rest.utf8Range(of: separator) {
            parts.append(String(rest[..<range.lowerBound]))
            rest = rest[range.upperBound...]
        }
        parts.append(String(rest))
        return parts
    }
}
