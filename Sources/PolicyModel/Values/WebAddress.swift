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
        isAllowedASCII(value) ?? isAllowedCharacters(value)
    }

    /// ``isAllowed(_:)`` read character by character: for any text; ASCII ones take the faster
    /// ``isAllowedASCII(_:)``, which answers the same.
    static func isAllowedCharacters(_ value: String) -> Bool {
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
