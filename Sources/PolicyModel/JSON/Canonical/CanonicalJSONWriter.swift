/// Writes an ``EncodedNode`` tree in the canonical layout described on ``CanonicalJSONEncoder``.
struct CanonicalJSONWriter {
    private(set) var bytes: [UInt8] = []

    init() {
        bytes.reserveCapacity(16 * 1024)
    }

    mutating func write(_ node: EncodedNode, indent: Int) {
        switch node.kind {
        case .literal:
            bytes.append(contentsOf: node.scalar.utf8)
        case .string:
            writeString(node.scalar)
        case .array:
            let elements = node.elements
            bytes.append(UInt8(ascii: "["))
            bytes.append(0x0A)
            for (index, element) in elements.enumerated() {
                if index > 0 { bytes.append(contentsOf: [UInt8(ascii: ","), 0x0A]) }
                writeSpaces(indent + 2)
                write(element, indent: indent + 2)
            }
            bytes.append(0x0A)
            writeSpaces(indent)
            bytes.append(UInt8(ascii: "]"))
        case .object, .unset:
            let members = node.members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            bytes.append(UInt8(ascii: "{"))
            bytes.append(0x0A)
            for (index, member) in members.enumerated() {
                if index > 0 { bytes.append(contentsOf: [UInt8(ascii: ","), 0x0A]) }
                writeSpaces(indent + 2)
                writeString(member.key)
                bytes.append(contentsOf: [0x20, UInt8(ascii: ":"), 0x20])
                write(member.node, indent: indent + 2)
            }
            bytes.append(0x0A)
            writeSpaces(indent)
            bytes.append(UInt8(ascii: "}"))
        }
    }

    private mutating func writeSpaces(_ count: Int) {
        bytes.append(contentsOf: repeatElement(0x20, count: count))
    }

    /// A JSON string: runs that need no escape are copied whole.
    private mutating func writeString(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            var runStart = 0
            for (index, byte) in utf8.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                appendEscape(byte)
                runStart = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func appendEscape(_ byte: UInt8) {
        bytes.append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
        case 0x0A: bytes.append(UInt8(ascii: "n"))
        case 0x09: bytes.append(UInt8(ascii: "t"))
        case 0x0D: bytes.append(UInt8(ascii: "r"))
        case 0x08: bytes.append(UInt8(ascii: "b"))
        case 0x0C: bytes.append(UInt8(ascii: "f"))
        default:
            let hex = Array("0123456789abcdef".utf8)
            bytes.append(contentsOf: [UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]])
        }
    }
}
