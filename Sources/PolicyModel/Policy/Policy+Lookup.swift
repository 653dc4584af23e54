extension Policy {
    public func dataCategory(_ id: DataCategoryID) -> DataCategory? {
        dataCategories.first { $0.id == id }
    }

    public func purpose(_ id: PurposeID) -> Purpose? {
        purposes.first { $0.id == id }
    }

    public func recipient(_ id: RecipientID) -> Recipient? {
        recipients.first { $0.id == id }
    }

    /// Whether any data comes from a third party, so that Art. 14 applies.
    public var hasIndirectSources: Bool { sources.contains { $0.isIndirect } }

    /// Whether any data is collected from the person, so that Art. 13 applies.
    public var hasDirectCollection: Bool { sources.isEmpty || sources.contains { !$0.isIndirect } }

    /// The legal bases in use, in the order of Art. 6(1).
    public var legalBases: [LegalBasis] {
        LegalBasis.allCases.filter { basis in purposes.contains { $0.legalBasis == basis } }
    }

    /// The declared-missing fact that covers `pointer`: the pointer is the declared field or lies
    /// below it. A `*` token in a declared field matches any one token (`/cookies/*/lifetime`).
    public func declaredMissingFact(covering pointer: JSONPointer) -> MissingFact? {
        missing.first { fact in Self.field(fact.field, covers: pointer.tokens) }
    }

    /// Whether the declared field (a pointer, `*` matching any one token) is `tokens` or lies above them.
    static func field(_ field: String, covers tokens: [String]) -> Bool {
        if let answer = asciiField(field, covers: tokens) { return answer }
        let pattern = JSONPointer(parsing: field).tokens
        guard pattern.count <= tokens.count else { return false }
        return zip(pattern, tokens).allSatisfy { $0 == "*" || $0 == $1 }
    }

    /// ``field(_:covers:)`` on bytes, without parsing the field: `nil` unless the field is ASCII
    /// without `~` escapes and every token it is compared with is ASCII (a non-ASCII token may be
    /// canonically equivalent to ASCII text, which `String` equality honours).
    private static func asciiField(_ field: String, covers tokens: [String]) -> Bool? {
        var field = field
        return field.withUTF8 { bytes -> Bool? in
            guard let slash = bytes.firstIndex(of: UInt8(ascii: "/")) else {
                return bytes.contains { $0 >= 0x80 } ? nil : true
            }
            guard !bytes.contains(where: { $0 >= 0x80 || $0 == UInt8(ascii: "~") }) else { return nil }
            var start = slash + 1
            var index = 0
            while true {
                let end = bytes[start...].firstIndex(of: UInt8(ascii: "/")) ?? bytes.count
                guard index < tokens.count else { return false }
                let segment = UnsafeBufferPointer(rebasing: bytes[start..<end])
                if !(segment.count == 1 && segment[0] == UInt8(ascii: "*")) {
                    var token = tokens[index]
                    let equal = token.withUTF8 { token -> Bool? in
                        guard !token.contains(where: { $0 >= 0x80 }) else { return nil }
                        return token.elementsEqual(segment)
                    }
                    guard let equal else { return nil }
                    if !equal { return false }
                }
                index += 1
                guard end < bytes.count else { return true }
                start = end + 1
            }
        }
    }
}
