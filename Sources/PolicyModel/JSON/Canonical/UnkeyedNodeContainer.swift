/// An array being encoded: each value becomes the next element of the node.
struct UnkeyedNodeContainer: UnkeyedEncodingContainer {
    let node: EncodedNode
    let codingPath: [any CodingKey]
    var count: Int { node.elements.count }

    private func nextPath() -> [any CodingKey] { codingPath + [IndexKey(intValue: count)] }

    mutating func encodeNil() throws { node.appendElement().setLiteral("null") }

    mutating func encode<T: Encodable>(_ value: T) throws {
        let path = nextPath()
        try NodeEncoder.encode(value, into: node.appendElement(), codingPath: path)
    }

    mutating func encode(_ value: Bool) throws { node.appendElement().setLiteral(value ? "true" : "false") }
    mutating func encode(_ value: String) throws { node.appendElement().setString(value) }
    mutating func encode(_ value: Int) throws { node.appendElement().setLiteral(String(value)) }
    mutating func encode(_ value: Int8) throws { node.appendElement().setLiteral(String(value)) }
    mutating func encode(_ value: Int16) throws { node.appendElement().setLiteral(String(value)) }
    mutating func encode(_ value: Int32) throws { node.appendElement().setLiteral(String(value)) }
    mutating func encode(_ value: Int64) throws { node.appendElement().setLiteral(String(value)) }
    mutating func encode(_ value: UInt) throws { node.appendElement().setLiteral(String(value)) }
    mutating func encode(_ value: UInt8) throws { node.appendElement().setLiteral(String(value)) }
    mutating func encode(_ value: UInt16) throws { node.appendElement().setLiteral(String(value)) }
    mutating func encode(_ value: UInt32) throws { node.appendElement().setLiteral(String(value)) }
    mutating func encode(_ value: UInt64) throws { node.appendElement().setLiteral(String(value)) }
    mutating func encode(_ value: Double) throws { throw NodeEncoder.floatingPoint(value, nextPath()) }
    mutating func encode(_ value: Float) throws { throw NodeEncoder.floatingPoint(value, nextPath()) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let path = nextPath()
        let child = node.appendElement()
        child.becomeObject()
        return KeyedEncodingContainer(KeyedNodeContainer<NestedKey>(node: child, codingPath: path))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let path = nextPath()
        let child = node.appendElement()
        child.becomeArray()
        return UnkeyedNodeContainer(node: child, codingPath: path)
    }

    mutating func superEncoder() -> any Encoder {
        let path = nextPath()
        return NodeEncoder(node: node.appendElement(), codingPath: path)
    }
}

/// A single value being encoded into the node.
struct SingleNodeContainer: SingleValueEncodingContainer {
    let node: EncodedNode
    let codingPath: [any CodingKey]

    mutating func encodeNil() throws { node.setLiteral("null") }
    mutating func encode<T: Encodable>(_ value: T) throws { try NodeEncoder.encode(value, into: node, codingPath: codingPath) }
    mutating func encode(_ value: Bool) throws { node.setLiteral(value ? "true" : "false") }
    mutating func encode(_ value: String) throws { node.setString(value) }
    mutating func encode(_ value: Int) throws { node.setLiteral(String(value)) }
    mutating func encode(_ value: Int8) throws { node.setLiteral(String(value)) }
    mutating func encode(_ value: Int16) throws { node.setLiteral(String(value)) }
    mutating func encode(_ value: Int32) throws { node.setLiteral(String(value)) }
    mutating func encode(_ value: Int64) throws { node.setLiteral(String(value)) }
    mutating func encode(_ value: UInt) throws { node.setLiteral(String(value)) }
    mutating func encode(_ value: UInt8) throws { node.setLiteral(String(value)) }
    mutating func encode(_ value: UInt16) throws { node.setLiteral(String(value)) }
    mutating func encode(_ value: UInt32) throws { node.setLiteral(String(value)) }
    mutating func encode(_ value: UInt64) throws { node.setLiteral(String(value)) }
    mutating func encode(_ value: Double) throws { throw NodeEncoder.floatingPoint(value, codingPath) }
    mutating func encode(_ value: Float) throws { throw NodeEncoder.floatingPoint(value, codingPath) }
}
