import PolicyCatalogue
import PolicyModel

/// GDPR Art. 45(1): a transfer relying on an adequacy decision needs a decision in force for that
/// country on the reference date.
struct AdequacyDecisionInForce: LintRule {
    let id = "GDPR-45"
    let severity = Severity.error
    let articles = ["GDPR Art. 45(1)", "GDPR Art. 13(1)(f)"]
    let summary = "Rely on an adequacy decision only where one is in force for the country."
    let explanation = RuleExplanation(
        """
        The catalogue holds the Commission's decisions with their dates and terms (the United Kingdom's \
        decision runs until 27 December 2031). A country without a decision in force needs an Art. 46 \
        safeguard or, exceptionally, an Art. 49 derogation. A transfer to an EEA country is no transfer.
        """,
        quotes: [LegalQuote(
            "GDPR Art. 45(1)",
            fr: "Un transfert de données à caractère personnel vers un pays tiers ou à une organisation internationale peut avoir lieu lorsque la Commission a constaté par voie de décision que le pays tiers, un territoire ou un ou plusieurs secteurs déterminés dans ce pays tiers, ou l'organisation internationale en question assure un niveau de protection adéquat.",
            en: "A transfer of personal data to a third country or an international organisation may take place where the Commission has decided that the third country, a territory or one or more specified sectors within that third country, or the international organisation in question ensures an adequate level of protection.")])
    let fixHint = "Use standard contractual clauses (Decision (EU) 2021/914) or another Art. 46 safeguard for this country."

    func check(_ policy: Policy, context: LintContext) -> [Finding] {
        var findings: [Finding] = []
        // Transfers are read in place, by index: only those the rule is about are copied.
        let transfers = policy.transfers
        for i in transfers.indices where transfers[i].mechanism == .adequacyDecision {
            let transfer = transfers[i]
            // The pointer is built only for a finding.
            var pointer: JSONPointer { "/transfers" / i / "mechanism" }
            let name = Policy.countryName(transfer.country)
            guard let country = Countries.named(transfer.country), country.isThirdCountry else {
                findings.append(finding(Self.notThirdCountry(name), at: "/transfers" / i / "country", severity: .warning))
                continue
            }
            guard let decision = country.adequacy else {
                findings.append(finding(Self.noDecision(name), at: pointer))
                continue
            }
            // ⚠ Catalogue entries marked unverified await a primary source; the finding says so.
            let notes = decision.verified ? [] : ["⚠ the catalogue's entry for \(name) awaits a primary source"]
            if !decision.isInForce(on: context.referenceDate) {
                findings.append(finding(Self.notInForce(name, decision, on: context.referenceDate), at: pointer, notes: notes))
            } else if !notes.isEmpty {
                findings.append(finding(Self.unverified(name, decision), at: pointer, severity: .warning, notes: notes))
            }
        }
        return findings
    }

    static func notThirdCountry(_ name: String) -> String {
        "\(name) is in the EEA: sending data there is not a transfer under Chapter V"
    }

    static func noDecision(_ name: String) -> String {
        "no adequacy decision covers \(name): the transfer needs an Art. 46 safeguard"
    }

    static func notInForce(_ name: String, _ decision: AdequacyDecision, on date: CalendarDate) -> String {
        let when = date < decision.adopted
            ? "was adopted only on \(decision.adopted)"
            : "lapsed on \(decision.expires.map(\.iso) ?? "?")"
        return "the adequacy decision \(decision.reference) for \(name) \(when), so it does not cover a transfer on \(date)"
    }

    static func unverified(_ name: String, _ decision: AdequacyDecision) -> String {
        "the adequacy decision \(decision.reference) for \(name) is not yet verified against the Official Journal"
    }
}
