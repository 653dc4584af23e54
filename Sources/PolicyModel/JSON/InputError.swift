/// Bad input: a policy file that cannot be read, parsed or accepted. Exit code 2.
///
/// It says what is wrong and where: a line and column when the input is a file, a JSON pointer for
/// the field.
public struct InputError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String
    public var location: SourceLocation?
    public var pointer: JSONPointer?

    public init(_ message: String, location: SourceLocation? = nil, pointer: JSONPointer? = nil) {
        self.message = message
        self.location = location
        self.pointer = pointer
    }

    /// `file:line:col: error: message (at /pointer)`, the form editors parse.
    public var description: String {
        var text = ""
        if let location { text += "\(location): " }
        text += "error: \(message)"
        if let pointer, !pointer.tokens.isEmpty { text += " (at \(pointer))" }
        return text
    }
}
