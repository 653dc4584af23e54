import PolicyCatalogue
import PolicyModel

/// GDPR Art. 45 and Decision (EU) 2023/1795: the EU-US Data Privacy Framework covers only certified
/// US organisations, so the certification must be checked and dated.
struct DataPrivacyFramework: LintRule {
    let id = "GDPR-45-DPF"
    let severity = Severity.error
    let articles = ["GDPR Art. 45(1)", "Decision (EU) 2023/1795"]
    let summary = "Rely on the Data Privacy Framework only for US importers whose certification was checked."
    let explanation = RuleExplanation(
        """
        The US adequacy decision of 10 July 2023 covers organisations on the Department of Commerce's Data \
        Privacy Framework list, nothing else. The policy records the day the importer was seen on the list; a \
        check more than a year old is reported so it is renewed. Without certification, standard contractual \
        clauses and a transfer impact assessment are needed (CJEU C-311/18, Schrems II).
        """,
        quotes: [LegalQuote(
            "GDPR Art. 45(1)",
            fr: "Un transfert de données à caractère personnel vers un pays tiers ou à une organisation internationale peut avoir lieu lorsque la Commission a constaté par voie de décision que le pays tiers, un territoire ou un ou plusieurs secteurs déterminés dans ce pays tiers, ou l'organisation internationale en question assure un niveau de protection adéquat.",
            en: "A transfer of personal data to a third country or an international organisation may take place where the Commission has decided that the third country, a territory or one or more specified sectors within that third country, or the international organisation in question ensures an adequate level of protection.")])
    let fixHint = "Check the importer on the official DPF list and record the date in `certificationCheckedOn`, or use SCCs."

    func check(_ policy: Policy, context: LintContext) -> [Finding] {
        var findings: [Finding] = []
        // Transfers are read in place, by index: only those the rule is about are copied.
        let transfers = policy.transfers
        for i in transfers.indices where transfers[i].mechanism == .dataPrivacyFramework {
            let transfer = transfers[i]
            // The pointer is built only for a finding.
            var base: JSONPointer { "/transfers" / i }
            guard transfer.country == "US" else {
                findings.append(finding(Self.notUS(Policy.countryName(transfer.country)), at: base / "country"))
                continue
            }
            if let decision = Countries.named("US")?.adequacy, !decision.isInForce(on: context.referenceDate) {
                findings.append(finding(Self.notInForce(decision, context.referenceDate), at: base / "mechanism"))
            }
            guard let checked = transfer.certificationCheckedOn else {
                findings.append(finding(Self.unchecked(transfer.importer), at: base / "certificationCheckedOn"))
                continue
            }
            if checked > context.referenceDate {
                findings.append(finding(Self.future(checked), at: base / "certificationCheckedOn"))
            } else if let limit = CalendarDate(year: checked.year + 1, month: checked.month, day: min(checked.day, 28)),
                limit < context.referenceDate
            {
                findings.append(finding(Self.stale(checked), at: base / "certificationCheckedOn", severity: .warning))
            }
        }
        return findings
    }

    static func notUS(_ name: String) -> String {
        "the Data Privacy Framework covers only the United States, not \(name)"
    }

    static func notInForce(_ decision: AdequacyDecision, _ date: CalendarDate) -> String {
        "the Data Privacy Framework (\(decision.reference)) applies from \(decision.adopted), not on \(date)"
    }

    static func unchecked(_ importer: String?) -> String {
        "the transfer relies on the Data Privacy Framework but the day \(importer ?? "the importer") was found on the official list is not recorded"
    }

    static func future(_ date: CalendarDate) -> String {
        "the DPF certification check is dated \(date), after the statement's date"
    }

    static func stale(_ date: CalendarDate) -> String {
        "the DPF certification was last checked on \(date), more than a year ago: check the list again"
    }
}
