import PolicyModel

/// Edits of parsed JSON for the schema tests: change, add or remove the value at a pointer.
extension JSONValue {
    /// The value with the one at `pointer` replaced by `new`, or removed when `new` is `nil`.
    func replacing(_ pointer: JSONPointer, with new: JSONValue?) throws -> JSONValue {
        guard let result = try edited(pointer.tokens[...], { _ in new }) else { throw FixtureError("cannot remove the root") }
        return result
    }

    /// The value with the member `key` added to the object at `pointer` (at its end).
    func adding(_ key: String, _ value: JSONValue, at pointer: JSONPointer) throws -> JSONValue {
        guard case .object(var members)? = try self.value(at: pointer) else { throw FixtureError("no object at \(pointer)") }
        members.append(try Self.member(key, value))
        return try replacing(pointer, with: .object(members))
    }

    func value(at pointer: JSONPointer) throws -> JSONValue? {
        var current: JSONValue? = self
        for token in pointer.tokens {
            switch current {
            case .object(let members)?: current = members.first { $0.key == token }?.value
            case .array(let elements)?: current = Int(token).flatMap { elements.indices.contains($0) ? elements[$0] : nil }
            default: current = nil
            }
        }
        return current
    }

    private func edited(_ tokens: ArraySlice<String>, _ change: (JSONValue) -> JSONValue?) throws -> JSONValue? {
        guard let token = tokens.first else { return change(self) }
        let rest = tokens.dropFirst()
        switch self {
        case .object(var members):
            guard let index = members.firstIndex(where: { $0.key == token }) else { throw FixtureError("no member \(token)") }
            if let new = try members[index].value.edited(rest, change) { members[index].value = new } else { members.remove(at: index) }
            return .object(members)
        case .array(var elements):
            guard let index = Int(token), elements.indices.contains(index) else { throw FixtureError("no element \(token)") }
            if let new = try elements[index].edited(rest, change) { elements[index] = new } else { elements.remove(at: index) }
            return .array(elements)
        default:
            throw FixtureError("cannot go into \(kindName) with \(token)")
        }
    }

    /// `JSONValue.Member` has no public initializer: take one from a parsed object and change it.
    static func member(_ key: String, _ value: JSONValue) throws -> Member {
        guard case .object(let members) = try SchemaFixtures.json("{\"k\": null}"), var member = members.first else {
            throw FixtureError("no member parsed")
        }
        member.key = key
        member.value = value
        return member
    }

    /// The pointer of every member of every object, in document order.
    var memberPointers: [JSONPointer] {
        var found: [JSONPointer] = []
        func walk(_ value: JSONValue, _ pointer: JSONPointer) {
            switch value {
            case .object(let members):
                for member in members {
                    found.append(pointer / member.key)
                    walk(member.value, pointer / member.key)
                }
            case .array(let elements):
                for (index, element) in elements.enumerated() { walk(element, pointer / index) }
            default: break
            }
        }
        walk(self, .root)
        return found
    }

    /// Compact JSON text, for Foundation's decoder.
    var text: String {
        switch self {
        case .null: "null"
        case .bool(let value): value ? "true" : "false"
        case .number(let text): text
        case .string(let text): Self.quoted(text)
        case .array(let elements): "[" + elements.map(\.text).joined(separator: ",") + "]"
        case .object(let members): "{" + members.map { Self.quoted($0.key) + ":" + $0.value.text }.joined(separator: ",") + "}"
        }
    }

    private static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case _ where scalar.value < 0x20: out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                + String(scalar.value, radix: 16)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
