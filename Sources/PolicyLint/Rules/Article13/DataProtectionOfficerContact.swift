import PolicyModel

/// GDPR Art. 13(1)(b): the contact details of the data protection officer, where one is designated.
struct DataProtectionOfficerContact: DisclosureRule {
    let id = "GDPR-13-1-b"
    let severity = Severity.error
    let articles = ["GDPR Art. 13(1)(b)", "GDPR Art. 37(7)"]
    let summary = "Publish the contact details of the designated data protection officer."
    let explanation = RuleExplanation(
        """
        When a DPO is designated, the statement gives a channel that reaches them. When the statement does \
        not say whether a DPO exists, the rule only notes it: the law asks for the contact "where applicable".
        """,
        quotes: [LegalQuote(
            "GDPR Art. 13(1)(b)",
            fr: "le cas échéant, les coordonnées du délégué à la protection des données",
            en: "the contact details of the data protection officer, where applicable")])
    let fixHint = "Add an e-mail address or web form that reaches the DPO, or declare that no DPO is designated and why."

    func disclosureFindings(_ input: LintInput, context: LintContext) -> [Finding] {
        let policy = input.policy
        guard let dpo = policy.dpo else {
            return [finding(Self.unknown(), at: "/dpo", severity: .info)]
        }
        guard dpo.status == .designated, dpo.contact.isEmpty else { return [] }
        return [finding(Self.noContact(), at: "/dpo/contact")]
    }

    static func unknown() -> String {
        "the statement does not say whether a data protection officer is designated"
    }

    static func noContact() -> String {
        "a data protection officer is designated but the statement gives no way to contact them"
    }
}
