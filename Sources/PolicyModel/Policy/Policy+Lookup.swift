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
        missing.first { fact in
            let pattern = JSONPointer(parsing: fact.field).tokens
            guard pattern.count <= pointer.tokens.count else { return false }
            return zip(pattern, pointer.tokens).allSatisfy { $0 == "*" || $0 == $1 }
        }
    }
}
