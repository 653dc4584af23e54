/// Encodes a value as canonical JSON, the bytes `JSONEncoder` writes with `.sortedKeys`, `.prettyPrinted`
/// and `.withoutEscapingSlashes`, without its cost.
///
/// The layout is Foundation's: two-space indentation, `"key" : value`, members sorted by the UTF-8 bytes
/// of their keys (the policy format's keys are ASCII), an empty array or object written as its brackets
/// around a blank line, strings escaped only where JSON requires it (`"`, `\`, controls) with `\n`,
/// `\t`, `\r`, `\b`, `\f` by name and other controls as `\u00xx`. A test compares both encoders on every
/// shipped and generated policy.
public enum CanonicalJSONEncoder {
    /// The canonical JSON of `value`, without a final newline.
    public static func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        let root = EncodedNode()
        try NodeEncoder.encode(value, into: root, codingPath: [])
        var writer = CanonicalJSONWriter()
        writer.write(root, indent: 0)
        return writer.bytes
    }
}
