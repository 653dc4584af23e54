/// Reading a string's UTF-8 in place, for the buffer to copy or escape and for the French typesetter to read.
extension UTF8Output {
    /// Calls `body` with the UTF-8 of `text`, which a native Swift string holds in one piece.
    ///
    /// Only a string bridged from Objective-C can lack it, and only on Apple platforms, where it is
    /// copied first. Elsewhere there is no copy to release, which keeps every append free of
    /// releases (see ``grow(toHold:)``).
    @inline(__always)
    static func withUTF8<R>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        #if _runtime(_ObjC)
        var copy = text
        return copy.withUTF8(body)
        #else
        preconditionFailure("a Swift string is stored as UTF-8 off Apple platforms")
        #endif
    }

    /// ``withUTF8(of:_:)-(String,_)`` for a part of a string.
    @inline(__always)
    static func withUTF8<R>(of text: Substring, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        #if _runtime(_ObjC)
        var copy = text
        return copy.withUTF8(body)
        #else
        preconditionFailure("a Swift string is stored as UTF-8 off Apple platforms")
        #endif
    }
}
