/// A link a statement may publish: `https`, `http`, `mailto` or `tel` only.
///
/// Anything else (`javascript:`, `data:`, relative paths) is refused when the value is made, so no
/// policy text can put an active link in a page.
public struct WebAddress: Hashable, Sendable, Codable, CustomStringConvertible {
    public let value: String

    public static let allowedSchemes = ["https", "http", "mailto", "tel"]

    public init?(_ value: String) {
        guard Self.isAllowed(value) else { return nil }
        self.value = value
    }

    public var description: String { value }

    /// The scheme, lowercased.
    public var scheme: String {
        String(value.prefix { $0 != ":" }).lowercased()
    }

    /// The address without its scheme, for display: `www.cnil.fr/fr/plaintes`.
    public var displayText: String {
        var text = value
        for prefix in ["https://", "http://", "mailto:", "tel:"] where text.lowercased().hasPrefix(prefix) {
            text = String(text.dropFirst(prefix.count))
        }
        return text.hasSuffix("/") ? String(text.dropLast()) : text
    }

    static func isAllowed(_ value: String) -> Bool {
        var copy = value
        if let answer = copy.withUTF8({ isAllowedASCII($0) }) { return answer }
        return isAllowedByCharacters(value)
    }

    /// ``isAllowed(_:)`` read on bytes, for an address that is all ASCII (every one a policy has had
    /// so far); `nil` for any other, which ``isAllowedByCharacters(_:)`` reads.
    ///
    /// In ASCII a byte is a scalar and a character, except CR LF, which is one character: a CR or an
    /// LF is refused by both readings (below U+0021), so the count of characters only matters once
    /// it equals the count of bytes. Every test below is the one of ``isAllowedByCharacters(_:)``.
    private static func isAllowedASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        var colon: Int?
        // Each test answers `false` alone, so the forbidden bytes are noted in the same pass and
        // answered after it: a byte past ASCII further on still sends the address to the characters.
        var hasForbidden = false
        let forbidden = forbiddenMask
        for (index, byte) in bytes.enumerated() {
            if byte >= 0x80 { return nil }
            if colon == nil, byte == UInt8(ascii: ":") { colon = index }
            if byte < 0x21 || byte == 0x7F || forbidden.contains(byte) { hasForbidden = true }
        }
        guard let colon, !hasForbidden else { return false }
        let scheme = UnsafeBufferPointer(rebasing: bytes[..<colon])
        guard let schemeIndex = allowedSchemeBytes.firstIndex(where: { Self.equalsLowercased(scheme, $0) }) else { return false }
        let rest = bytes[(colon + 1)...]
        guard !rest.isEmpty, bytes.count <= 2048 else { return false }
        if allowedSchemeIsHTTP[schemeIndex] {
            guard rest.starts(with: [UInt8(ascii: "/"), UInt8(ascii: "/")]), rest.count > 2 else { return false }
        }
        return true
    }

    /// Whether `bytes`, ASCII, with its capitals lowered, is `lowercase`.
    private static func equalsLowercased(_ bytes: UnsafeBufferPointer<UInt8>, _ lowercase: [UInt8]) -> Bool {
        guard bytes.count == lowercase.count else { return false }
        for (byte, expected) in zip(bytes, lowercase) where ((0x41...0x5A).contains(byte) ? byte + 0x20 : byte) != expected {
            return false
        }
        return true
    }

    /// Whether each of ``allowedSchemes`` is `http` or `https`, whose addresses go on with `//`.
    private static let allowedSchemeIsHTTP = allowedSchemes.map { $0.hasPrefix("http") }

    /// ``allowedSchemes`` as bytes, in the same order.
    private static let allowedSchemeBytes: [[UInt8]] = allowedSchemes.map { Array($0.utf8) }

    /// The ASCII characters no address may hold: they would end an attribute or a Markdown link.
    private static let forbiddenBytes: [UInt8] = Array("\"'<>` \\{}|^".utf8)

    /// ``forbiddenBytes`` as a set of ASCII bytes, read once per address rather than searched per byte.
    private static let forbiddenMask = ASCIISet(forbiddenBytes)

    /// ``isAllowed(_:)`` by characters and scalars: what an address with non-ASCII text goes through.
    static func isAllowedByCharacters(_ value: String) -> Bool {
        guard let colon = value.firstIndex(of: ":") else { return false }
        let scheme = value[..<colon].lowercased()
        guard allowedSchemes.contains(scheme) else { return false }
        let rest = value[value.index(after: colon)...]
        guard !rest.isEmpty, value.count <= 2048 else { return false }
        // No white space, controls or characters that would end an attribute or a Markdown link.
        let forbidden: Set<Character> = ["\"", "'", "<", ">", "`", " ", "\\", "{", "}", "|", "^"]
        if value.contains(where: { forbidden.contains($0) }) { return false }
        if value.unicodeScalars.contains(where: { $0.value < 0x21 || $0.value == 0x7F || (0x80...0x9F).contains($0.value)
            || (0x200B...0x200F).contains($0.value) || (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value) })
        {
            return false
        }
        if scheme == "http" || scheme == "https" {
            guard rest.hasPrefix("//"), rest.count > 2 else { return false }
        }
        return true
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let address = WebAddress(text) else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath,
                debugDescription: "'\(text.prefix(80))' is not an accepted link (https, http, mailto or tel)"
            ))
        }
        self = address
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}

/// A set of ASCII bytes as two 64-bit masks: a membership test is a shift and a mask.
private struct ASCIISet {
    private var low: UInt64 = 0
    private var high: UInt64 = 0

    init(_ bytes: [UInt8]) {
        for byte in bytes {
            precondition(byte < 0x80, "an ASCII set holds ASCII bytes")
            if byte < 64 { low |= 1 << UInt64(byte) } else { high |= 1 << UInt64(byte - 64) }
        }
    }

    /// Whether `byte` is in the set; a byte from 0x80 on never is.
    func contains(_ byte: UInt8) -> Bool {
        if byte < 64 { return (low >> UInt64(byte)) & 1 == 1 }
        if byte < 128 { return (high >> UInt64(byte - 64)) & 1 == 1 }
        return false
    }
}
