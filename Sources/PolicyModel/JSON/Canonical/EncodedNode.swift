/// A JSON value while ``CanonicalJSONEncoder`` builds it.
///
/// Containers are handed out before they are filled (a keyed container writes into its node
/// after `container(keyedBy:)` returns), so nodes are references, each filled in place once.
final class EncodedNode {
    enum Kind {
        /// Nothing encoded yet: written as an empty object, as Foundation's encoder does.
        case unset
        /// `true`, `false`, `null` or a number, written as it is.
        case literal
        case string
        case array
        case object
    }

    private(set) var kind: Kind = .unset
    /// The text of a literal or a string.
    private(set) var scalar = ""
    private(set) var elements: [EncodedNode] = []
    private(set) var members: [(key: String, node: EncodedNode)] = []

    func setLiteral(_ text: String) {
        kind = .literal
        scalar = text
    }

    func setString(_ text: String) {
        kind = .string
        scalar = text
    }

    /// Makes the node an array (keeping any elements already added) and appends a new element.
    func appendElement() -> EncodedNode {
        becomeArray()
        let element = EncodedNode()
        elements.append(element)
        return element
    }

    func becomeArray() {
        if kind != .array { kind = .array; elements = [] }
    }

    /// Makes the node an object and returns the member named `key`, replacing any earlier value.
    func member(_ key: String) -> EncodedNode {
        becomeObject()
        let node = EncodedNode()
        if let index = members.firstIndex(where: { $0.key == key }) {
            members[index].node = node
        } else {
            members.append((key, node))
        }
        return node
    }

    func becomeObject() {
        if kind != .object { kind = .object; members = [] }
    }
}
