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
}
