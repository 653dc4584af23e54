import PolicyModel

/// GDPR Art. 49(1): a derogation names which one, and covers only occasional transfers.
struct TransferDerogations: LintRule {
    let id = "GDPR-49"
    let severity = Severity.warning
    let articles = ["GDPR Art. 49(1)"]
    let summary = "Use an Art. 49 derogation only for occasional transfers, and say which one."
    let explanation = RuleExplanation(
        """
        Derogations are read restrictively (EDPB Guidelines 2/2018): they do not fit regular, structural \
        transfers such as hosting or a processor's service. A missing derogation is an error; explicit \
        consent needs a purpose based on consent, given after the person was told the risks.
        """,
        quotes: [LegalQuote(
            "GDPR Art. 49(1)(a)",
            fr: "la personne concernée a donné son consentement explicite au transfert envisagé, après avoir été informée des risques que ce transfert pouvait comporter pour elle en raison de l'absence de décision d'adéquation et de garanties appropriées",
            en: "the data subject has explicitly consented to the proposed transfer, after having been informed of the possible risks of such transfers for the data subject due to the absence of an adequacy decision and appropriate safeguards")])
    let fixHint = "Prefer an Art. 46 safeguard; otherwise name the derogation and keep the transfer occasional."

    func check(_ policy: Policy, context: LintContext) -> [Finding] {
        var findings: [Finding] = []
        // Transfers are read in place, by index: only those the rule is about are copied.
        let transfers = policy.transfers
        for i in transfers.indices where transfers[i].mechanism == .derogation {
            let transfer = transfers[i]
            // The pointer is built only for a finding.
            var base: JSONPointer { "/transfers" / i }
            guard let derogation = transfer.derogation else {
                findings.append(finding(Self.unnamed(), at: base / "derogation", severity: .error))
                continue
            }
            let recipient = policy.recipient(transfer.recipient)
            if recipient?.role == .processor {
                findings.append(finding(Self.structural(recipient?.name.display ?? "\(transfer.recipient)"), at: base / "mechanism"))
            }
            if derogation == .explicitConsent {
                let purposes = recipient?.purposes.compactMap { policy.purpose($0) } ?? []
                if purposes.isEmpty || purposes.contains(where: { $0.legalBasis != .consent }) {
                    findings.append(finding(Self.noConsent(), at: base / "derogation", severity: .error))
                }
            }
        }
        return findings
    }

    static func unnamed() -> String { "the transfer relies on an Art. 49 derogation without saying which" }

    static func structural(_ name: String) -> String {
        "the transfer to \(name), a processor, is regular: a derogation covers only occasional transfers"
    }

    static func noConsent() -> String {
        "the transfer relies on explicit consent, but the recipient's purposes do not all rest on consent"
    }
}
