import PolicyModel

/// GDPR Art. 14(2)(f): where the data comes from, and whether the source is publicly accessible.
struct SourceOfData: InputRule {
    let id = "GDPR-14-2-f"
    let severity = Severity.error
    let articles = ["GDPR Art. 14(2)(f)"]
    let summary = "Name each third-party source and say whether it is publicly accessible."
    let explanation = RuleExplanation(
        """
        The source is named; when it cannot be, WP260 asks for its nature (public or private, sector, \
        location). "Other sources" says nothing and is reported as a warning.
        """,
        quotes: [LegalQuote(
            "GDPR Art. 14(2)(f)",
            fr: "la source d'où proviennent les données à caractère personnel et, le cas échéant, une mention indiquant qu'elles sont issues ou non de sources accessibles au public",
            en: "from which source the personal data originate, and if applicable, whether it came from publicly accessible sources")])
    let fixHint = "Describe the source precisely and set `publiclyAccessible`."

    func check(_ input: LintInput, context: LintContext) -> [Finding] {
        let policy = input.policy
        var findings: [Finding] = []
        for (i, source) in policy.sources.enumerated() where source.isIndirect {
            if source.publiclyAccessible == nil {
                findings.append(finding(Self.accessibility(source.id), at: "/sources" / i / "publiclyAccessible"))
            }
            if let description = input.field(.sourceDescription, i),
                let (_, match) = input.firstMatch(Self.vague, in: description)
            {
                findings.append(finding(Self.vagueSource(source.id, match), at: "/sources" / i / "description", severity: .warning))
            }
        }
        return findings
    }

    static let vague: LanguagePatterns = [
        .en: #"\b(other|various|a variety of) sources\b"#, .fr: #"\b(autres|diverses|différentes) sources\b"#,
    ]

    static func accessibility(_ id: SourceID) -> String {
        "source '\(id)' does not say whether it is publicly accessible"
    }

    static func vagueSource(_ id: SourceID, _ match: String) -> String {
        "source '\(id)' is described as \(Wording.quoted(match)): name it, or give its nature and sector"
    }
}
