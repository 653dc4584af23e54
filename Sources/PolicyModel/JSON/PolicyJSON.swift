import Foundation

/// The interchange format: canonical JSON (sorted keys, two-space indentation, UTF-8, a final newline).
///
/// Exporting, importing and exporting again gives the same bytes.
public enum PolicyJSON {
    /// The largest policy file accepted, in bytes.
    public static let maximumInputSize = 2 * 1024 * 1024

    /// The canonical JSON of a policy.
    public static func encode(_ policy: Policy) -> Data {
        // Encoding plain values cannot fail; a failure is a programming error.
        guard var bytes = try? CanonicalJSONEncoder.encode(policy) else {
            preconditionFailure("Policy \(policy.id) could not be encoded")
        }
        bytes.append(0x0A)
        return Data(bytes)
    }

    /// Reads a policy, with the location of each value. `file` names the input in messages.
    ///
    /// The input is parsed strictly, then checked against ``PolicySchema`` (unknown fields, wrong
    /// types, unknown values, malformed identifiers, codes, dates and links), and only then decoded;
    /// the first problem found, in document order, is thrown. Declared-missing fields are then
    /// resolved as the DSL resolves them (``Policy/resolveMissingFields()``): an element named by its
    /// identifier becomes its index, and a field that names nothing is an error.
    public static func decode(_ data: Data, file: String) throws(InputError) -> (Policy, SourceMap) {
        guard data.count <= maximumInputSize else {
            throw InputError(oversized(data.count), location: SourceLocation(file: file, line: 1))
        }
        let body = data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data[...]
        guard body.contains(where: { !Self.whiteSpace.contains($0) }) else {
            throw InputError("the input is empty: a policy is a JSON object", location: SourceLocation(file: file, line: 1))
        }
        var parser = StrictJSONParser(bytes: Array(data), file: file)
        let (value, map) = try parser.parse()
        guard case .object = value else {
            throw InputError("a policy is a JSON object, not \(value.kindName)", location: map.location(of: .root))
        }
        if let problem = PolicySchema.validate(value, map: map).first { throw problem }
        var policy: Policy
        do {
            policy = try JSONDecoder().decode(Policy.self, from: data)
        } catch let error as DecodingError {
            throw inputError(for: error, map: map)
        } catch {
            throw InputError("\(error)", location: SourceLocation(file: file, line: 1))
        }
        if var problem = policy.resolveMissingFields().first {
            problem.location = problem.pointer.flatMap(map.location(of:))
            throw problem
        }
        return (policy, map)
    }

    /// The message for an input of `size` bytes, above ``maximumInputSize``.
    public static func oversized(_ size: Int) -> String {
        "the file is \(size) bytes; policies are limited to \(maximumInputSize) bytes"
    }

    /// JSON's white space: an input of nothing else (after a byte order mark) is empty.
    private static let whiteSpace: Set<UInt8> = [0x20, 0x09, 0x0A, 0x0D]

    static func inputError(for error: DecodingError, map: SourceMap) -> InputError {
        switch error {
        case .keyNotFound(let key, let context):
            let pointer = JSONPointer(codingPath: context.codingPath)
            return InputError(
                "missing required field '\(key.stringValue)'", location: map.location(of: pointer),
                pointer: pointer / key.stringValue)
        case .typeMismatch(let type, let context):
            let pointer = JSONPointer(codingPath: context.codingPath)
            return InputError(
                "expected \(describe(type)) here", location: map.location(of: pointer), pointer: pointer)
        case .valueNotFound(let type, let context):
            let pointer = JSONPointer(codingPath: context.codingPath)
            return InputError(
                "expected \(describe(type)), found null", location: map.location(of: pointer), pointer: pointer)
        case .dataCorrupted(let context):
            let pointer = JSONPointer(codingPath: context.codingPath)
            return InputError(
                cleaned(context.debugDescription), location: map.location(of: pointer), pointer: pointer)
        @unknown default:
            return InputError("\(error)")
        }
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a string"
        case is Int.Type, is Double.Type: return "a number"
        case is Bool.Type: return "true or false"
        default:
            let name = String(describing: type)
            if name.hasPrefix("Array") { return "an array" }
            if name.hasPrefix("Dictionary") || name.contains("Localized") { return "an object" }
            return "a value of type \(name)"
        }
    }

    /// Foundation's message for an unknown enum value names the Swift type; say it in the file's terms.
    private static func cleaned(_ message: String) -> String {
        if message.hasPrefix("Cannot initialize "), let range = message.range(of: "from invalid String value ") {
            let value = message[range.upperBound...]
            return "unknown value \(value)"
        }
        return message
    }
}
