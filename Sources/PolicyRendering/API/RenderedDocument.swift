/// A statement written in one format, held as its UTF-8 bytes.
///
/// For a caller that writes the document out (a file, a socket, a pipe) and has no use for a
/// `String`: making a string of a statement copies its tens of kilobytes and reads them again to
/// classify them, about a sixth of the cost of writing the statement. The document owns its
/// buffer, so it cannot be copied; ``string`` makes the string when one is wanted. The buffer is
/// the writer's, with room to spare (96 KB for a page): a caller writes a document out and lets it
/// go rather than keeping many.
public struct RenderedDocument: ~Copyable {
    let bytes: UTF8Output

    init(bytes: consuming UTF8Output) {
        self.bytes = bytes
    }

    /// The length of the document in bytes of UTF-8.
    public var count: Int { bytes.count }

    /// Calls `body` with the document's bytes (valid UTF-8), which are valid only during the call.
    public func withUnsafeBytes<Result, Failure: Error>(
        _ body: (UnsafeRawBufferPointer) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        try bytes.withBytes(body)
    }

    /// The document as a string: what ``PolicyRenderer/render(_:format:options:)`` returns.
    public var string: String { bytes.string }
}
