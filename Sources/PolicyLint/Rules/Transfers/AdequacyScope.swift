import PolicyCatalogue
import PolicyModel

/// GDPR Art. 45(1): an adequacy decision limited to some recipients (Canada: PIPEDA; Japan: APPI;
/// United States: DPF participants) covers a transfer only to a recipient within that scope.
struct AdequacyScope: LintRule {
    let id = "GDPR-45-SCOPE"
    let severity = Severity.error
    let articles = ["GDPR Art. 45(1)", "Decision 2002/2/EC", "Decision (EU) 2019/419", "Decision (EU) 2023/1795"]
    let summary = "Use a scope-limited adequacy decision only for recipients within its scope, and say so."
    let explanation = RuleExplanation(
        """
        Art. 45 lets the Commission find "one or more specified sectors" adequate. Canada's decision covers \
        organisations subject to PIPEDA; Japan's, business operators under the APPI with the Supplementary \
        Rules; the United States', organisations certified under the Data Privacy Framework (declare those \
        with the `dataPrivacyFramework` mechanism). The transfer names the importer and cites the scope in \
        its reference. Korea's decision excludes some sectors and Israel's concerns automated processing: \
        the rule asks the reference to confirm the scope (warning).
        """,
        quotes: [LegalQuote(
            "GDPR Art. 45(1)",
            fr: "lorsque la Commission a constaté par voie de décision que le pays tiers, un territoire ou un ou plusieurs secteurs déterminés dans ce pays tiers, ou l'organisation internationale en question assure un niveau de protection adéquat",
            en: "where the Commission has decided that the third country, a territory or one or more specified sectors within that third country, or the international organisation in question ensures an adequate level of protection")])
    let fixHint = "Name the importer and cite the scope in `reference` (`2002/2/EC; importer subject to PIPEDA`), or use SCCs."

    func check(_ policy: Policy, context: LintContext) -> [Finding] {
        var findings: [Finding] = []
        // Transfers are read in place, by index: only those the rule is about are copied.
        let transfers = policy.transfers
        for i in transfers.indices where transfers[i].mechanism == .adequacyDecision {
            let transfer = transfers[i]
            guard let decision = Countries.named(transfer.country)?.adequacy else { continue }
            // The pointer is built only for a finding.
            var base: JSONPointer { "/transfers" / i }
            let reference = transfer.reference ?? ""
            switch decision.scope {
            case .whole:
                continue
            case .dpfCertifiedOrganisations:
                findings.append(finding(Self.useDPF(), at: base / "mechanism"))
            case .pipedaOrganisations:
                if transfer.importer == nil { findings.append(finding(Self.noImporter("Canada"), at: base / "importer")) }
                if !Wording.matches(Self.pipeda, reference) {
                    findings.append(finding(Self.scopeNotCited("Canada", "PIPEDA"), at: base / "reference"))
                }
            case .appiBusinessOperators:
                if !Wording.matches(Self.appi, reference) {
                    findings.append(finding(Self.scopeNotCited("Japan", "APPI"), at: base / "reference"))
                }
            case .excludesSomeSectors, .automatedProcessing:
                if !Wording.matches(Self.scope, reference) {
                    findings.append(finding(
                        Self.scopeNotCited(Policy.countryName(transfer.country), "scope"), at: base / "reference",
                        severity: .warning))
                }
            }
        }
        return findings
    }

    static let pipeda: WordingPattern = #"\bPIPEDA\b"#
    static let appi: WordingPattern = #"\bAPPI\b|Supplementary Rules"#
    static let scope: WordingPattern = #"\bscope\b|\bPIPA\b|automated"#

    static func useDPF() -> String {
        "the US adequacy decision covers only organisations certified under the Data Privacy Framework: declare the mechanism `dataPrivacyFramework` with the date checked"
    }

    static func noImporter(_ country: String) -> String {
        "the adequacy decision for \(country) covers only some recipients: name the importer"
    }

    static func scopeNotCited(_ country: String, _ scope: String) -> String {
        "the adequacy decision for \(country) is limited in scope: the reference does not state that the importer falls under it (\(scope))"
    }
}
