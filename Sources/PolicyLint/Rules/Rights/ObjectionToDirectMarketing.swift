import PolicyModel

/// GDPR Art. 21(2)–(3): direct marketing can be refused at any time; the purpose declares its
/// channels and opt-out so the right is derived and shown.
struct ObjectionToDirectMarketing: InputRule {
    let id = "GDPR-21-2"
    let severity = Severity.error
    let articles = ["GDPR Art. 21(2)", "GDPR Art. 21(3)"]
    let summary = "Declare direct marketing as such, with its channels and how to opt out."
    let explanation = RuleExplanation(
        """
        The absolute right to object to direct marketing is derived from purposes that declare it. A purpose \
        described as marketing, newsletters or promotional messages, but not declared as direct marketing, \
        would lose the right in the rendered statement.
        """,
        quotes: [LegalQuote(
            "GDPR Art. 21(2)",
            fr: "Lorsque les données à caractère personnel sont traitées à des fins de prospection, la personne concernée a le droit de s'opposer à tout moment au traitement des données à caractère personnel la concernant à de telles fins de prospection, y compris au profilage dans la mesure où il est lié à une telle prospection.",
            en: "Where personal data are processed for direct marketing purposes, the data subject shall have the right to object at any time to processing of personal data concerning him or her for such marketing, which includes profiling to the extent that it is related to such direct marketing.")])
    let fixHint = "Give the purpose a `directMarketing` value with its channels and opt-out."

    func check(_ input: LintInput, context: LintContext) -> [Finding] {
        let policy = input.policy
        var findings: [Finding] = []
        // Purposes are read in place, by index, rather than copied.
        let purposes = policy.purposes
        for i in purposes.indices {
            if let channels = purposes[i].directMarketing?.channels {
                if channels.isEmpty {
                    findings.append(finding(Self.noChannel(purposes[i].id), at: "/purposes" / i / "directMarketing" / "channels"))
                }
            } else if let description = input.field(.purposeDescription, i),
                let (_, match) = input.firstMatch(Self.marketing, in: description)
            {
                findings.append(finding(Self.undeclared(purposes[i].id, match), at: "/purposes" / i / "directMarketing"))
            }
        }
        return findings
    }

    /// Wording that announces messages or offers sent to the person; "analysing our marketing" is not.
    static let marketing: LanguagePatterns = [
        .en: #"\bdirect marketing\b|\b(interest-based|targeted|personali[sz]ed) marketing\b|\bmarketing tailored\b|\bmarketing (messages|e-?mails|communications)\b|\bnewsletters?\b|\bpromotional\b|\bprospecting\b|\bmailings?\b"#,
        .fr: #"\bprospection\b|\bnewsletters?\b|lettres? d.information|\bpromotionnel(le)?s?\b|\bmarketing (direct|ciblé|personnalisé)\b|\bpublipostage\b"#,
    ]

    static func undeclared(_ id: PurposeID, _ match: String) -> String {
        "purpose '\(id)' speaks of \(Wording.quoted(match)) but is not declared as direct marketing"
    }

    static func noChannel(_ id: PurposeID) -> String {
        "direct-marketing purpose '\(id)' names no channel (e-mail, SMS, telephone, post)"
    }
}
