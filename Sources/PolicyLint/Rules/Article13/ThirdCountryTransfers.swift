import PolicyCatalogue
import PolicyModel

/// GDPR Art. 13(1)(f): transfers to third countries, each with its country and legal ground.
///
/// Every third country a recipient or its sub-processors reach (``Law/thirdCountries(of:)``) needs a
/// declared ``Transfer``; an external recipient whose location is not given cannot be assessed.
struct ThirdCountryTransfers: DisclosureRule {
    let id = "GDPR-13-1-f"
    let severity = Severity.error
    let articles = ["GDPR Art. 13(1)(f)", "GDPR Art. 44"]
    let summary = "Declare every transfer outside the EEA with its country and legal ground."
    let explanation = RuleExplanation(
        """
        When a recipient or one of its sub-processors processes the data outside the European Economic \
        Area, the person is told the country, whether an adequacy decision covers it and, failing that, \
        the safeguard relied on and how to obtain a copy. A service provider whose location is unknown \
        leaves that question open. "In accordance with applicable law" names no safeguard.
        """,
        quotes: [LegalQuote(
            "GDPR Art. 13(1)(f)",
            fr: "le cas échéant, le fait que le responsable du traitement a l'intention d'effectuer un transfert de données à caractère personnel vers un pays tiers ou à une organisation internationale, et l'existence ou l'absence d'une décision d'adéquation rendue par la Commission ou, dans le cas des transferts visés à l'article 46 ou 47, ou à l'article 49, paragraphe 1, deuxième alinéa, la référence aux garanties appropriées ou adaptées et les moyens d'en obtenir une copie ou l'endroit où elles ont été mises à disposition",
            en: "where applicable, the fact that the controller intends to transfer personal data to a third country or international organisation and the existence or absence of an adequacy decision by the Commission, or in the case of transfers referred to in Article 46 or 47, or the second subparagraph of Article 49(1), reference to the appropriate or suitable safeguards and the means by which to obtain a copy of them or where they have been made available")])
    let fixHint = "Give each external recipient's processing countries, and declare a transfer for each third country they reach."

    func disclosureFindings(_ input: LintInput, context: LintContext) -> [Finding] {
        let policy = input.policy
        var findings: [Finding] = []
        // Each recipient is read in place by index: copying it would retain all its fields.
        let recipients = policy.recipients
        for i in recipients.indices {
            // The pointer is built only for a finding.
            var base: JSONPointer { "/recipients" / i }
            if Self.isExternal(recipients[i].role), recipients[i].processingCountries.isEmpty {
                findings.append(finding(Self.unknownLocation(recipients[i].name.display), at: base / "processingCountries"))
            }
            let subProcessors = recipients[i].subProcessors
            for j in subProcessors.indices where subProcessors[j].processingCountries.isEmpty {
                findings.append(finding(
                    Self.unknownLocation(subProcessors[j].name), at: base / "subProcessors" / j / "processingCountries"))
            }
            for country in Law.thirdCountries(
                processingCountries: recipients[i].processingCountries, subProcessors: subProcessors)
            where !policy.transfers.contains(where: { $0.recipient == recipients[i].id && $0.country == country }) {
                // The absent transfer is named as the recipient's `transfer`, so a policy can declare it missing.
                let via = Self.subProcessor(reaching: country, in: recipients[i])
                findings.append(finding(Self.undeclared(recipients[i].name.display, via: via, country), at: base / "transfer"))
            }
        }
        return findings
    }

    /// Whether a recipient in `role` is outside the controller: a processor, a joint or an independent controller.
    static func isExternal(_ role: RecipientRole) -> Bool {
        role == .processor || role == .jointController || role == .independentController
    }

    /// The sub-processor through which the data reaches `country`, when the recipient itself is not there.
    static func subProcessor(reaching country: CountryCode, in recipient: Recipient) -> String? {
        guard !recipient.processingCountries.contains(country) else { return nil }
        return recipient.subProcessors.first { $0.processingCountries.contains(country) }?.name
    }

    static func unknownLocation(_ name: String) -> String {
        "the statement does not say where \(name) processes the data, so a transfer outside the EEA cannot be ruled out"
    }

    static func undeclared(_ name: String, via: String?, _ country: CountryCode) -> String {
        let through = via.map { " through its sub-processor \($0)" } ?? ""
        return "data reaches \(Policy.countryName(country)) (\(country)), a third country, via \(name)\(through), but no transfer is declared"
    }
}
