extension String {
    /// A string of `bytes` that the caller has built as valid UTF-8, copied without being validated
    /// again: checking costs about as much per byte as the writing that made them.
    ///
    /// The same string as `String(decoding: bytes, as: UTF8.self)` for valid UTF-8, which is all this
    /// is given (asserted in debug builds). Where the standard library cannot take bytes unchecked,
    /// they are decoded as usual.
    init(validUTF8 bytes: UnsafeBufferPointer<UInt8>) {
        assert(String(validating: bytes, as: UTF8.self) != nil, "invalid UTF-8 given as valid")
        if #available(macOS 26, iOS 26, tvOS 26, watchOS 26, visionOS 26, *) {
            self = String(copying: unsafe UTF8Span(unchecked: bytes.span))
            return
        }
        self = String(decoding: bytes, as: UTF8.self)
    }

    /// The text `bytes` with its first byte, an ASCII byte, replaced by the ASCII byte `byte`: valid
    /// UTF-8 still, since one ASCII byte stands for another.
    ///
    /// A text longer than a small string is copied without being validated again (``init(validUTF8:)``),
    /// which for texts with accents costs more than the copy; a short one is made in place, where
    /// checking its few bytes costs less than going through a buffer.
    init(_ bytes: UnsafeBufferPointer<UInt8>, firstByteReplacedBy byte: UInt8) {
        assert(!bytes.isEmpty && bytes[0] < 0x80 && byte < 0x80)
        guard bytes.count > 15 else {
            self = String(unsafeUninitializedCapacity: bytes.count) { buffer in
                _ = buffer.initialize(fromContentsOf: bytes)
                buffer[0] = byte
                return bytes.count
            }
            return
        }
        self = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { buffer in
            _ = buffer.initialize(fromContentsOf: bytes)
            buffer[0] = byte
            return String(validUTF8: UnsafeBufferPointer(buffer))
        }
    }
}
