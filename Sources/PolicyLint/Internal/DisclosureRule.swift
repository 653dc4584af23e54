import PolicyModel

/// A rule for an Art. 13 item that has an Art. 14 twin.
///
/// The Art. 13 rule runs when data is collected from the person; its twin (``Article14Twin``) runs the
/// same check when data comes from elsewhere, under the Art. 14 identifier.
protocol DisclosureRule: InputRule {
    /// The check itself, whatever the source of the data.
    func disclosureFindings(_ input: LintInput, context: LintContext) -> [Finding]
}

extension DisclosureRule {
    func check(_ input: LintInput, context: LintContext) -> [Finding] {
        guard input.policy.hasDirectCollection else { return [] }
        return input.disclosureFindings(of: self, context: context)
    }
}

/// The Art. 14 counterpart of an Art. 13 rule: same check, its own identifier, article and quote.
struct Article14Twin<Base: DisclosureRule>: InputRule {
    let base: Base
    let id: String
    let articles: [String]
    let summary: String
    let explanation: RuleExplanation

    var severity: Severity { base.severity }
    var fixHint: String { base.fixHint }

    func check(_ input: LintInput, context: LintContext) -> [Finding] {
        guard input.policy.hasIndirectSources else { return [] }
        return input.disclosureFindings(of: base, context: context).map { finding in
            var twin = finding
            twin.ruleID = id
            twin.message = "for data not obtained from the person: " + finding.message
            return twin
        }
    }
}

/// Art. 14(1) and (2) begin alike; each twin quotes its own point after this opening.
enum Article14 {
    static let openingFR = "Lorsque les données à caractère personnel n'ont pas été collectées auprès de la personne concernée, le responsable du traitement fournit à celle-ci toutes les informations suivantes"
    static let openingEN = "Where personal data have not been obtained from the data subject, the controller shall provide the data subject with the following information"
}
