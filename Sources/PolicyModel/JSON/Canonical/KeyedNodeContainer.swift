/// An object being encoded: each key becomes a member of the node.
struct KeyedNodeContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: EncodedNode
    let codingPath: [any CodingKey]

    mutating func encodeNil(forKey key: Key) throws { node.member(key.stringValue).setLiteral("null") }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try NodeEncoder.encode(value, into: node.member(key.stringValue), codingPath: codingPath + [key])
    }

    mutating func encode(_ value: Bool, forKey key: Key) throws { node.member(key.stringValue).setLiteral(value ? "true" : "false") }
    mutating func encode(_ value: String, forKey key: Key) throws { node.member(key.stringValue).setString(value) }
    mutating func encode(_ value: Int, forKey key: Key) throws { node.member(key.stringValue).setLiteral(String(value)) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { node.member(key.stringValue).setLiteral(String(value)) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { node.member(key.stringValue).setLiteral(String(value)) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { node.member(key.stringValue).setLiteral(String(value)) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { node.member(key.stringValue).setLiteral(String(value)) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { node.member(key.stringValue).setLiteral(String(value)) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { node.member(key.stringValue).setLiteral(String(value)) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { node.member(key.stringValue).setLiteral(String(value)) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { node.member(key.stringValue).setLiteral(String(value)) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { node.member(key.stringValue).setLiteral(String(value)) }
    mutating func encode(_ value: Double, forKey key: Key) throws { throw NodeEncoder.floatingPoint(value, codingPath + [key]) }
    mutating func encode(_ value: Float, forKey key: Key) throws { throw NodeEncoder.floatingPoint(value, codingPath + [key]) }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        let child = node.member(key.stringValue)
        child.becomeObject()
        return KeyedEncodingContainer(KeyedNodeContainer<NestedKey>(node: child, codingPath: codingPath + [key]))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let child = node.member(key.stringValue)
        child.becomeArray()
        return UnkeyedNodeContainer(node: child, codingPath: codingPath + [key])
    }

    mutating func superEncoder() -> any Encoder {
        NodeEncoder(node: node.member("super"), codingPath: codingPath)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        NodeEncoder(node: node.member(key.stringValue), codingPath: codingPath + [key])
    }
}
