import PolicyModel

/// GDPR Art. 46 and 13(1)(f): a transfer under appropriate safeguards names them and says how to
/// obtain a copy.
struct AppropriateSafeguards: LintRule {
    let id = "GDPR-46"
    let severity = Severity.error
    let articles = ["GDPR Art. 46(1)", "GDPR Art. 46(2)", "GDPR Art. 13(1)(f)"]
    let summary = "Name the Art. 46 safeguard of each transfer and the means to obtain a copy."
    let explanation = RuleExplanation(
        """
        Standard contractual clauses are those of Decision (EU) 2021/914; the clauses of 2021/915 govern \
        controller-processor contracts (Art. 28), not transfers, and the clauses of 2001/497/EC, 2004/915/EC \
        and 2010/87/EU were repealed. The person must learn how to get a copy of the safeguard.
        """,
        quotes: [
            LegalQuote(
                "GDPR Art. 46(1)",
                fr: "En l'absence de décision en vertu de l'article 45, paragraphe 3, le responsable du traitement ou le sous-traitant ne peut transférer des données à caractère personnel vers un pays tiers ou à une organisation internationale que s'il a prévu des garanties appropriées et à la condition que les personnes concernées disposent de droits opposables et de voies de droit effectives.",
                en: "In the absence of a decision pursuant to Article 45(3), a controller or processor may transfer personal data to a third country or an international organisation only if the controller or processor has provided appropriate safeguards, and on condition that enforceable data subject rights and effective legal remedies for data subjects are available."),
            LegalQuote(
                "GDPR Art. 13(1)(f)",
                fr: "la référence aux garanties appropriées ou adaptées et les moyens d'en obtenir une copie ou l'endroit où elles ont été mises à disposition",
                en: "reference to the appropriate or suitable safeguards and the means by which to obtain a copy of them or where they have been made available"),
        ])
    let fixHint = "Set `reference` (`(EU) 2021/914, module 2`) and `copy` (how to obtain the clauses)."

    func check(_ policy: Policy, context: LintContext) -> [Finding] {
        var findings: [Finding] = []
        // Transfers are read in place, by index: only those the rule is about are copied.
        let transfers = policy.transfers
        for i in transfers.indices where Self.safeguards.contains(transfers[i].mechanism) {
            let transfer = transfers[i]
            // The pointer is built only for a finding.
            var base: JSONPointer { "/transfers" / i }
            if let reference = transfer.reference {
                if transfer.mechanism == .standardContractualClauses, let match = Wording.firstMatch(Self.wrongClauses, in: reference) {
                    findings.append(finding(Self.wrongClauses(match), at: base / "reference"))
                }
            } else {
                findings.append(finding(Self.noReference(transfer.mechanism), at: base / "reference"))
            }
            if transfer.copy == nil { findings.append(finding(Self.noCopy(), at: base / "copy")) }
        }
        return findings
    }

    static let safeguards: Set<TransferMechanism> = [
        .standardContractualClauses, .bindingCorporateRules, .codeOfConduct, .certification, .adHocClauses,
    ]
    static let wrongClauses: WordingPattern = #"2021/915|2010/87|2004/915|2001/497"#

    static func noReference(_ mechanism: TransferMechanism) -> String {
        "the transfer relies on Art. \(mechanism.article) but does not name the safeguard (decision, approval or clauses)"
    }

    static func wrongClauses(_ match: String) -> String {
        "the reference cites \(match), which are not the transfer clauses in force: use Decision (EU) 2021/914"
    }

    static func noCopy() -> String { "the statement does not say how to obtain a copy of the safeguard" }
}
