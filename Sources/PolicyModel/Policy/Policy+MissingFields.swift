/// Declared-missing fields as a policy's author writes them, and as the linter compares them.
///
/// Inside `recipients`, `purposes`, `dataCategories` and `sources` an element may be named by its
/// identifier (`/recipients/google-analytics/transfer`); findings name elements by index, so the
/// name is replaced by the index before anything compares. The DSL and the JSON reader both resolve
/// here, so a policy means the same whichever way it was written.
extension Policy {
    /// Resolves every declared-missing field: an element named by its identifier becomes its index.
    ///
    /// Returns one problem per field that names nothing, at `/missing/<i>/field`: a first token that
    /// is no member of a policy, an identifier no element has, or an index past the end. Such a
    /// field would never match a finding, so the declaration would silently have no effect. A field
    /// that is not a pointer (no leading `/`) is left for ``PolicyValidator`` to report.
    public mutating func resolveMissingFields() -> [InputError] {
        var problems: [InputError] = []
        for i in missing.indices {
            let (field, problem) = resolvedMissingField(missing[i].field)
            missing[i].field = field
            if let problem { problems.append(InputError(problem, pointer: "/missing" / i / "field")) }
        }
        return problems
    }

    /// The field with a named element replaced by its index, and what is wrong with it, if anything.
    private func resolvedMissingField(_ field: String) -> (String, String?) {
        guard field.hasPrefix("/") else { return (field, nil) }
        var tokens = JSONPointer(parsing: field).tokens
        let member = tokens[0]
        guard Self.members.contains(member) else {
            let suggestion = JSONSchemaValidator.nearest(to: member, among: Self.members).map { "; did you mean '\($0)'?" }
            return (field, "'\(field)' names no field of a policy: '\(member)' is not one of its members" + (suggestion ?? ""))
        }
        guard tokens.count >= 2, tokens[1] != "*", let (count, identifiers) = elements(of: member) else { return (field, nil) }
        let token = tokens[1]
        if !token.isEmpty, token.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) {
            guard let index = Int(token), String(index) == token, index < count else {
                return (field, "'\(field)' names no element: '\(member)' has \(count), numbered from 0")
            }
            return (field, nil)
        }
        guard let identifiers else {
            return (field, "'\(field)' names no element: the elements of '\(member)' are named by index")
        }
        guard let index = identifiers.firstIndex(of: token) else {
            return (field, "'\(field)' names no element: no element of '\(member)' has the identifier '\(token)'")
        }
        tokens[1] = String(index)
        return (JSONPointer(tokens).description, nil)
    }

    /// The members of a policy, as the schema lists them.
    private static let members: [String] = {
        guard case .object(let rule) = PolicySchema.policy.rule else { return [] }
        return rule.properties.map(\.name)
    }()

    /// How many elements a list member holds and, for the lists whose elements have identifiers,
    /// those identifiers in order; `nil` for a member that is not a list.
    private func elements(of member: String) -> (Int, [String]?)? {
        switch member {
        case "recipients": (recipients.count, recipients.map(\.id.rawValue))
        case "purposes": (purposes.count, purposes.map(\.id.rawValue))
        case "dataCategories": (dataCategories.count, dataCategories.map(\.id.rawValue))
        case "sources": (sources.count, sources.map(\.id.rawValue))
        case "languages": (languages.count, nil)
        case "history": (history.count, nil)
        case "transfers": (transfers.count, nil)
        case "retention": (retention.count, nil)
        case "automatedDecisions": (automatedDecisions.count, nil)
        case "cookies": (cookies.count, nil)
        case "security": (security.count, nil)
        case "missing": (missing.count, nil)
        case "waivers": (waivers.count, nil)
        default: nil
        }
    }
}
