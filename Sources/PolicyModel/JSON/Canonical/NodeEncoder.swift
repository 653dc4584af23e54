/// The `Encoder` behind ``CanonicalJSONEncoder``: it fills one ``EncodedNode``.
final class NodeEncoder: Encoder {
    let node: EncodedNode
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(node: EncodedNode, codingPath: [any CodingKey]) {
        self.node = node
        self.codingPath = codingPath
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        node.becomeObject()
        return KeyedEncodingContainer(KeyedNodeContainer<Key>(node: node, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        node.becomeArray()
        return UnkeyedNodeContainer(node: node, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleNodeContainer(node: node, codingPath: codingPath)
    }

    /// Writes `value` into `node`: a string directly, anything else through its own `encode(to:)`,
    /// which reaches the containers' typed `encode` for booleans and numbers. (Type identity is
    /// checked rather than cast: casts to protocols cost a conformance lookup per value.)
    static func encode<T: Encodable>(_ value: T, into node: EncodedNode, codingPath: [any CodingKey]) throws {
        if T.self == String.self {
            node.setString(unsafeBitCast(value, to: String.self))
        } else {
            try value.encode(to: NodeEncoder(node: node, codingPath: codingPath))
        }
    }
}

extension NodeEncoder {
    /// The error for a floating-point number: the policy format has none, and their canonical spelling
    /// would need Foundation's rules.
    static func floatingPoint(_ value: Any, _ codingPath: [any CodingKey]) -> EncodingError {
        EncodingError.invalidValue(value, EncodingError.Context(
            codingPath: codingPath, debugDescription: "floating-point numbers are not part of the canonical JSON"))
    }
}

/// A coding key for array elements in coding paths.
struct IndexKey: CodingKey {
    var intValue: Int?
    var stringValue: String { "\(intValue ?? 0)" }
    init(intValue: Int) { self.intValue = intValue }
    init?(stringValue: String) { nil }
}
