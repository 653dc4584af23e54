import PolicyModel

/// GDPR Art. 37(7): the DPO's published contact. The French "CIL" (correspondant informatique et
/// libertés) disappeared with the GDPR; a statement still using it is out of date.
struct DataProtectionOfficerTitle: LintRule {
    let id = "GDPR-37-7"
    let severity = Severity.warning
    let articles = ["GDPR Art. 37(7)", "GDPR Art. 13(1)(b)"]
    let summary = "Publish the DPO under that title, not the pre-GDPR “CIL”."
    let explanation = RuleExplanation(
        """
        Until 25 May 2018 French controllers could appoint a correspondant informatique et libertés (CIL). \
        The DPO replaced it, with other duties and independence. A DPO addressed as "CIL", or at a `cil@` \
        mailbox, suggests the function was never updated.
        """,
        quotes: [LegalQuote(
            "GDPR Art. 37(7)",
            fr: "Le responsable du traitement ou le sous-traitant publient les coordonnées du délégué à la protection des données et les communiquent à l'autorité de contrôle.",
            en: "The controller or the processor shall publish the contact details of the data protection officer and communicate them to the supervisory authority.")])
    let fixHint = "Use the title “Data Protection Officer / délégué à la protection des données” and a dpo@ mailbox."

    func check(_ policy: Policy, context: LintContext) -> [Finding] {
        guard let dpo = policy.dpo, dpo.status == .designated else { return [] }
        var findings: [Finding] = []
        if let title = dpo.title, Wording.matches(Self.legacy, title) {
            findings.append(finding(Self.legacyTitle(title), at: "/dpo/title"))
        }
        for (i, channel) in dpo.contact.enumerated() where channel.kind == .email {
            let local = channel.value?.split(separator: "@").first.map { $0.lowercased() }
            if local == "cil" { findings.append(finding(Self.legacyMailbox(channel.value ?? ""), at: "/dpo/contact" / i)) }
        }
        return findings
    }

    static let legacy: WordingPattern = #"^\s*CIL\b|correspondant informatique"#

    static func legacyTitle(_ title: String) -> String { "the DPO is titled “\(title)”, the pre-GDPR function" }

    static func legacyMailbox(_ address: String) -> String {
        "the DPO is reached at \(address), the pre-GDPR “CIL” mailbox"
    }
}
