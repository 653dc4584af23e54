/// A way to reach the controller, its DPO or the rights desk.
public struct ContactChannel: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// `value` is an e-mail address.
        case email
        /// `value` is a telephone number in international form.
        case phone
        /// `value` is the https address of a web form.
        case webForm
        /// Post to the postal address given in `address`.
        case post
    }

    public var kind: Kind
    public var value: String?
    public var address: PostalAddress?

    public init(kind: Kind, value: String? = nil, address: PostalAddress? = nil) {
        self.kind = kind
        self.value = value
        self.address = address
    }

    public static func email(_ address: String) -> ContactChannel { .init(kind: .email, value: address) }
    public static func phone(_ number: String) -> ContactChannel { .init(kind: .phone, value: number) }
    public static func webForm(_ url: String) -> ContactChannel { .init(kind: .webForm, value: url) }
    public static func post(_ address: PostalAddress) -> ContactChannel { .init(kind: .post, address: address) }

    /// The link the channel opens, if it has one.
    public var link: WebAddress? {
        guard let value else { return nil }
        switch kind {
        case .email: return WebAddress("mailto:" + value)
        case .phone: return WebAddress("tel:" + Self.dialable(value))
        case .webForm: return WebAddress(value)
        case .post: return nil
        }
    }

    /// The number without the spaces, hyphens and dots written in it to be read:
    /// `value.filter { $0 != " " && $0 != "-" && $0 != "." }`.
    ///
    /// An ASCII number is filtered on its bytes: in ASCII every character is one byte but CR LF, which
    /// neither filter removes, so the same bytes remain. Any other goes by characters, where a space
    /// carrying a combining mark is a character of its own and stays.
    static func dialable(_ value: String) -> String {
        var copy = value
        let ascii: String? = copy.withUTF8 { bytes in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            return String(unsafeUninitializedCapacity: bytes.count) { out in
                var count = 0
                for byte in bytes where byte != 0x20 && byte != 0x2D && byte != 0x2E {
                    out[count] = byte
                    count += 1
                }
                return count
            }
        }
        return ascii ?? value.filter { $0 != " " && $0 != "-" && $0 != "." }
    }
}
