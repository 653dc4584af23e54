/// The `data-gdpr` tokens each section of an HTML statement carries: the articles it satisfies.
///
/// The vocabulary is shared with the linter's `--rendered` check: `13(1)(a)` … `13(2)(f)`, `21(4)`,
/// `LIL-82`, `LIL-85`, and the Art. 14 twins when data comes from elsewhere than the person.
public enum DisclosureMarker {
    /// The tokens for `section`; with `hasIndirectSources`, each Art. 13 token is followed by its Art. 14 twin.
    public static func tokens(for section: StatementSection, hasIndirectSources: Bool) -> [String] {
        let own = article13Tokens(for: section)
        guard hasIndirectSources else { return own }
        return own.flatMap { token in [token] + (article14Twins[token].map { [$0] } ?? []) }
            + (section == .indirectSources ? article14Only : [])
    }

    /// The tokens a section carries whatever the source of the data.
    public static func article13Tokens(for section: StatementSection) -> [String] {
        switch section {
        case .controller: ["13(1)(a)"]
        case .dataProtectionOfficer: ["13(1)(b)"]
        case .purposes: ["13(1)(c)"]
        case .legitimateInterests: ["13(1)(d)"]
        case .provisionRequirement: ["13(2)(e)"]
        case .recipients: ["13(1)(e)"]
        case .transfers: ["13(1)(f)"]
        case .retention: ["13(2)(a)"]
        case .rights: ["13(2)(b)"]
        case .objection: ["21(4)"]
        case .consentWithdrawal: ["13(2)(c)"]
        case .complaint: ["13(2)(d)"]
        case .cookies: ["LIL-82"]
        case .automatedDecisions: ["13(2)(f)"]
        case .postMortemDirectives: ["LIL-85"]
        case .atAGlance, .dataCollected, .indirectSources, .security, .changes: []
        }
    }

    /// Each Art. 13 point and the Art. 14 point that asks the same when data is not obtained from the person.
    public static let article14Twins: [String: String] = [
        "13(1)(a)": "14(1)(a)", "13(1)(b)": "14(1)(b)", "13(1)(c)": "14(1)(c)", "13(1)(d)": "14(2)(b)",
        "13(1)(e)": "14(1)(e)", "13(1)(f)": "14(1)(f)", "13(2)(a)": "14(2)(a)", "13(2)(b)": "14(2)(c)",
        "13(2)(c)": "14(2)(d)", "13(2)(d)": "14(2)(e)", "13(2)(f)": "14(2)(g)",
    ]

    /// The points only Art. 14 has, carried by ``StatementSection/indirectSources``: categories and source.
    public static let article14Only = ["14(1)(d)", "14(2)(f)"]

    /// ``tokens(for:hasIndirectSources:)`` joined by single spaces: the value of the section's
    /// `data-gdpr` attribute, empty when it has none. A constant, so the HTML writer copies it as it
    /// is, with no array or string made for each section; the tokens hold no character HTML escapes.
    /// `DisclosureMarkerTests` checks it against the tokens for every section, with and without
    /// indirect sources.
    static func attributeValue(for section: StatementSection, hasIndirectSources: Bool) -> StaticString {
        if hasIndirectSources {
            switch section {
            case .controller: "13(1)(a) 14(1)(a)"
            case .dataProtectionOfficer: "13(1)(b) 14(1)(b)"
            case .purposes: "13(1)(c) 14(1)(c)"
            case .legitimateInterests: "13(1)(d) 14(2)(b)"
            case .provisionRequirement: "13(2)(e)"
            case .recipients: "13(1)(e) 14(1)(e)"
            case .transfers: "13(1)(f) 14(1)(f)"
            case .retention: "13(2)(a) 14(2)(a)"
            case .rights: "13(2)(b) 14(2)(c)"
            case .objection: "21(4)"
            case .consentWithdrawal: "13(2)(c) 14(2)(d)"
            case .complaint: "13(2)(d) 14(2)(e)"
            case .cookies: "LIL-82"
            case .indirectSources: "14(1)(d) 14(2)(f)"
            case .automatedDecisions: "13(2)(f) 14(2)(g)"
            case .postMortemDirectives: "LIL-85"
            case .atAGlance, .dataCollected, .security, .changes: ""
            }
        } else {
            switch section {
            case .controller: "13(1)(a)"
            case .dataProtectionOfficer: "13(1)(b)"
            case .purposes: "13(1)(c)"
            case .legitimateInterests: "13(1)(d)"
            case .provisionRequirement: "13(2)(e)"
            case .recipients: "13(1)(e)"
            case .transfers: "13(1)(f)"
            case .retention: "13(2)(a)"
            case .rights: "13(2)(b)"
            case .objection: "21(4)"
            case .consentWithdrawal: "13(2)(c)"
            case .complaint: "13(2)(d)"
            case .cookies: "LIL-82"
            case .automatedDecisions: "13(2)(f)"
            case .postMortemDirectives: "LIL-85"
            case .atAGlance, .dataCollected, .indirectSources, .security, .changes: ""
            }
        }
    }
}
