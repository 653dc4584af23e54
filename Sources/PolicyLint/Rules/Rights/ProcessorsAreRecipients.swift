import PolicyModel

/// GDPR Art. 28 and 4(9): processors receive the data; a statement that says only the controller's
/// staff see it contradicts the processors it uses.
struct ProcessorsAreRecipients: InputRule {
    let id = "GDPR-28"
    let severity = Severity.error
    let articles = ["GDPR Art. 28(1)", "GDPR Art. 4(9)", "GDPR Art. 13(1)(e)"]
    let summary = "Do not say that only the controller's staff see the data when processors receive it."
    let explanation = RuleExplanation(
        """
        Processors are recipients (Art. 4(9)), though not "third parties" (Art. 4(10)). "Only our staff has \
        access to your data" is untrue once an analytics, hosting or marketing provider processes it.
        """,
        quotes: [
            LegalQuote(
                "GDPR Art. 4(9)",
                fr: "« destinataire », la personne physique ou morale, l'autorité publique, le service ou tout autre organisme qui reçoit communication de données à caractère personnel, qu'il s'agisse ou non d'un tiers",
                en: "‘recipient’ means a natural or legal person, public authority, agency or another body, to which the personal data are disclosed, whether a third party or not"),
            LegalQuote(
                "GDPR Art. 28(1)",
                fr: "Lorsqu'un traitement doit être effectué pour le compte d'un responsable du traitement, celui-ci fait uniquement appel à des sous-traitants qui présentent des garanties suffisantes quant à la mise en œuvre de mesures techniques et organisationnelles appropriées",
                en: "Where processing is to be carried out on behalf of a controller, the controller shall use only processors providing sufficient guarantees to implement appropriate technical and organisational measures"),
        ])
    let fixHint = "Rewrite the text to say who receives the data: staff and the listed providers."

    func check(_ input: LintInput, context: LintContext) -> [Finding] {
        let policy = input.policy
        func isExternal(_ recipient: Recipient) -> Bool {
            recipient.role != .internalDepartment && recipient.role != .publicAuthority
        }
        guard policy.recipients.contains(where: isExternal) else { return [] }
        let matches = input.firstMatches(Self.denial)
        guard !matches.isEmpty else { return [] }
        let names = policy.recipients.filter(isExternal).map(\.name.display).joined(separator: ", ")
        return matches.map { field, _, match in
            finding(Self.contradiction(match, names), at: field.pointer)
        }
    }

    static let denial: LanguagePatterns = [
        .en: #"\bonly\b[^.]{0,60}\b(staff|employees|personnel)\b[^.]{0,40}\baccess|\bno (other )?recipients?\b"#,
        .fr: #"\bseul(e|s|es)?\b[^.]{0,60}\b(personnel|salariés|collaborateurs)\b[^.]{0,40}\baccès|\baucun destinataire\b"#,
    ]

    static func contradiction(_ match: String, _ names: String) -> String {
        "the text says \(Wording.quoted(match)), but \(names) also receive the data"
    }
}
