import Foundation

/// An RFC 6901 JSON pointer: `/recipients/2/transfer`. Findings and input errors use it to say where.
public struct JSONPointer: Hashable, Comparable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
    public private(set) var tokens: [String]

    public init(_ tokens: [String] = []) { self.tokens = tokens }

    /// Parses `/a/0/b~1c`.
    public init(parsing text: String) {
        if let tokens = Self.asciiTokens(of: text) {
            self.tokens = tokens
            return
        }
        tokens = text.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map { token in
            // `~` is ASCII: a token without the byte has no escape to undo.
            guard token.utf8.contains(UInt8(ascii: "~")) else { return String(token) }
            return token.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
        }
    }

    public init(stringLiteral value: String) { self.init(parsing: value) }

    /// The tokens of an ASCII pointer without `~`, split on bytes; `nil` for any other text, which
    /// the general parser reads (a `/` there may carry combining marks, and escapes need undoing).
    private static func asciiTokens(of text: String) -> [String]? {
        var text = text
        return text.withUTF8 { bytes -> [String]? in
            var tokens: [String] = []
            var start = -1
            for (offset, byte) in bytes.enumerated() {
                guard byte < 0x80, byte != UInt8(ascii: "~") else { return nil }
                guard byte == UInt8(ascii: "/") else { continue }
                if start >= 0 { tokens.append(String(decoding: bytes[start..<offset], as: UTF8.self)) }
                start = offset + 1
            }
            // The text before the first `/` is dropped, as `dropFirst` drops the first piece.
            if start >= 0 { tokens.append(String(decoding: bytes[start...], as: UTF8.self)) }
            return tokens
        }
    }

    /// The pointer of a decoding error's coding path.
    public init(codingPath: [any CodingKey]) {
        tokens = codingPath.map { key in key.intValue.map(String.init) ?? key.stringValue }
    }

    public static let root = JSONPointer()

    public func appending(_ token: String) -> JSONPointer {
        var pointer = self
        pointer.tokens.append(token)
        return pointer
    }
    public func appending(_ index: Int) -> JSONPointer { appending(String(index)) }
    public static func / (lhs: JSONPointer, rhs: String) -> JSONPointer { lhs.appending(rhs) }
    public static func / (lhs: JSONPointer, rhs: Int) -> JSONPointer { lhs.appending(rhs) }

    /// The pointer one level up, or `nil` at the root.
    public var parent: JSONPointer? { tokens.isEmpty ? nil : JSONPointer(Array(tokens.dropLast())) }

    public var description: String {
        var text = ""
        for token in tokens {
            text += "/"
            // `~` and `/` are ASCII: a token without either byte is written as it is.
            guard token.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) else {
                text += token
                continue
            }
            text += token.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
        }
        return text
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.description < rhs.description }
}
