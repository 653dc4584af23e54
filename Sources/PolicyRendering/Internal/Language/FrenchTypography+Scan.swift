extension FrenchTypography {
    /// Reads UTF-8 text sixteen bytes at a time, to find fast where French typography has nothing to do.
    ///
    /// Most texts of a statement have no mark at all, and most bytes of the others are letters and
    /// spaces: these scans let both pass without reading them one by one. Each block of sixteen bytes
    /// is compared with the bytes of interest all at once, and the tests compare both scans with
    /// reading byte by byte.
    enum ByteScan {
        /// Whether the text `bytes` may hold a scalar the rules act on.
        ///
        /// The rules act on `' " ; ! ? :`, `«`, `»`, `°`, and U+037E GREEK QUESTION MARK, which as a
        /// character equals `;` (canonical equivalence): no other character equals one of these.
        /// Each such scalar has in its UTF-8 one of the bytes 0x21 0x22 0x27 0x3A 0x3B 0x3F (the ASCII
        /// marks), 0xAB (`«` is C2 AB), 0xBB (`»` is C2 BB), 0xB0 (`°` is C2 B0) or 0xCD (U+037E is
        /// CD BE). A text with
        /// none of these bytes has no such scalar, so both the generic rules and ``ScalarWriter``
        /// copy it as it is, whether its characters are single scalars or not.
        static func mayHaveMark(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            let count = bytes.count
            guard let base = bytes.baseAddress else { return false }
            guard count >= 16 else { return hasMarkByte(shortBlock(base, count: count)) }
            var index = 0
            // Thirty-two bytes a step, their two blocks' lanes joined before the one test.
            while index + 32 <= count {
                if isAnySet(markLanes(block(base, at: index)) .| markLanes(block(base, at: index + 16))) { return true }
                index += 32
            }
            if index + 16 <= count {
                if hasMarkByte(block(base, at: index)) { return true }
                index += 16
            }
            // The last bytes, read as the last sixteen: some were read already, which changes nothing.
            return index < count && hasMarkByte(block(base, at: count - 16))
        }

        /// The offset of the first byte from `start` on that ``ByteKind`` does not read as `.plain`,
        /// or the text's length when there is none.
        ///
        /// Every byte skipped is `.plain`, so the byte-by-byte reading would only have stepped over it.
        static func firstNotPlain(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
            let count = bytes.count
            guard let base = bytes.baseAddress else { return start }
            var index = start
            while index + 16 <= count {
                let words = notPlainLanes(block(base, at: index))
                // Lane `i` of the block, all ones when its byte is not plain, is the byte at offset
                // `i % 8` of `words[i / 8]` in memory: the low byte once read as little-endian.
                let low = words[0].littleEndian, high = words[1].littleEndian
                if low != 0 { return index + low.trailingZeroBitCount / 8 }
                if high != 0 { return index + 8 + high.trailingZeroBitCount / 8 }
                index += 16
            }
            guard index < count else { return count }
            guard count >= 16 else {
                while index < count {
                    if case .plain = ByteKind(bytes[index]) { index += 1 } else { return index }
                }
                return count
            }
            // The last bytes, read as the last sixteen with the lanes before `index` (read already, or
            // before `start`) cleared: `skipped` is 1…15, so every shift is under 64.
            let last = count - 16
            let words = notPlainLanes(block(base, at: last))
            var low = words[0].littleEndian, high = words[1].littleEndian
            let skipped = index - last
            if skipped >= 8 {
                low = 0
                high &= UInt64.max << (8 * (skipped - 8))
            } else {
                low &= UInt64.max << (8 * skipped)
            }
            if low != 0 { return last + low.trailingZeroBitCount / 8 }
            if high != 0 { return last + 8 + high.trailingZeroBitCount / 8 }
            return count
        }

        /// The `count` bytes (fewer than sixteen) at `base` as one block, read by two loads that
        /// overlap when the text is shorter than both: the first eight and last eight bytes, or the
        /// first four and last four (the block's other lanes zero), or byte by byte under four.
        ///
        /// Every load lies inside the text, and every byte of the text is in some lane: a lane holding
        /// a byte twice or a zero changes nothing for ``mayHaveMark(_:)``, which asks whether any lane
        /// holds a mark byte (0 is none). Cheaper than copying the bytes into a zeroed block, a call
        /// to `memcpy` for most short texts.
        @inline(__always)
        private static func shortBlock(_ base: UnsafePointer<UInt8>, count: Int) -> SIMD16<UInt8> {
            let raw = UnsafeRawPointer(base)
            var words = SIMD2<UInt64>()
            if count >= 8 {
                words[0] = raw.loadUnaligned(as: UInt64.self)
                words[1] = raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
            } else if count >= 4 {
                words[0] = UInt64(raw.loadUnaligned(as: UInt32.self))
                    | UInt64(raw.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)) << 32
            } else {
                for offset in 0..<count { words[0] |= UInt64(base[offset]) << (8 * offset) }
            }
            return unsafeBitCast(words, to: SIMD16<UInt8>.self)
        }

        @inline(__always)
        private static func block(_ base: UnsafePointer<UInt8>, at offset: Int) -> SIMD16<UInt8> {
            UnsafeRawPointer(base + offset).loadUnaligned(as: SIMD16<UInt8>.self)
        }

        /// Whether some byte of `v` is one ``mayHaveMark(_:)`` looks for: 0x21 0x22 0x27 0x3A 0x3B 0x3F
        /// 0xAB 0xB0 0xBB 0xCD.
        @inline(__always)
        private static func hasMarkByte(_ v: SIMD16<UInt8>) -> Bool {
            isAnySet(markLanes(v))
        }

        /// The lanes of `v` holding a byte ``mayHaveMark(_:)`` looks for.
        @inline(__always)
        private static func markLanes(_ v: SIMD16<UInt8>) -> SIMDMask<SIMD16<Int8>> {
            let ascii = (v .== .init(repeating: 0x21)) .| (v .== .init(repeating: 0x22)) .| (v .== .init(repeating: 0x27))
                .| (v .== .init(repeating: 0x3A)) .| (v .== .init(repeating: 0x3B)) .| (v .== .init(repeating: 0x3F))
            let high = (v .== .init(repeating: 0xAB)) .| (v .== .init(repeating: 0xBB)) .| (v .== .init(repeating: 0xCD))
                .| (v .== .init(repeating: 0xB0))
            return ascii .| high
        }

        /// The lanes of `v` holding a byte that is not `.plain` for ``ByteKind`` (an ASCII mark, CR,
        /// 0xAB, 0xB0, 0xBB, or 0xCC and above), as a mask read as two 64-bit words.
        @inline(__always)
        private static func notPlainLanes(_ v: SIMD16<UInt8>) -> SIMD2<UInt64> {
            let ascii = (v .== .init(repeating: 0x21)) .| (v .== .init(repeating: 0x22)) .| (v .== .init(repeating: 0x27))
                .| (v .== .init(repeating: 0x3A)) .| (v .== .init(repeating: 0x3B)) .| (v .== .init(repeating: 0x3F))
            let others = (v .== .init(repeating: 0x0D)) .| (v .== .init(repeating: 0xAB)) .| (v .== .init(repeating: 0xBB))
                .| (v .== .init(repeating: 0xB0)) .| (v .>= .init(repeating: 0xCC))
            return unsafeBitCast(ascii .| others, to: SIMD2<UInt64>.self)
        }

        /// `any(mask)`, read as two 64-bit words: a lane of a mask is all ones or all zeros, so the
        /// mask is all false exactly when both words are zero. (`any` is not inlined, and costs more
        /// than the comparisons.)
        @inline(__always)
        private static func isAnySet(_ mask: SIMDMask<SIMD16<Int8>>) -> Bool {
            let words = unsafeBitCast(mask, to: SIMD2<UInt64>.self)
            return words[0] | words[1] != 0
        }
    }
}
