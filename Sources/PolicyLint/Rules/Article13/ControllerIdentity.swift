import PolicyModel

/// GDPR Art. 13(1)(a): the controller's identity and contact details.
///
/// The legal name is guaranteed by the model; the rule asks for a postal address complete enough to
/// receive a letter and at least one contact channel.
struct ControllerIdentity: DisclosureRule {
    let id = "GDPR-13-1-a"
    let severity = Severity.error
    let articles = ["GDPR Art. 13(1)(a)"]
    let summary = "Give the controller's identity and contact details: a full postal address and a contact channel."
    let explanation = RuleExplanation(
        """
        The person must know who is responsible for the processing and how to reach them. A name alone, a \
        business-park name without a postal code and town, or a truncated telephone number is not a contact \
        detail. WP260 expects several means of contact (postal address, e-mail, telephone).
        """,
        quotes: [LegalQuote(
            "GDPR Art. 13(1)(a)",
            fr: "l'identité et les coordonnées du responsable du traitement et, le cas échéant, du représentant du responsable du traitement",
            en: "the identity and the contact details of the controller and, where applicable, of the controller's representative")])
    let fixHint = "Declare the controller's address (street, postal code, town) and at least one e-mail, telephone or web-form channel."

    func disclosureFindings(_ input: LintInput, context: LintContext) -> [Finding] {
        let policy = input.policy
        var findings: [Finding] = []
        let controller = policy.controller
        if let address = controller.address {
            if !address.isComplete {
                findings.append(finding(Self.incompleteAddress(controller.legalName, address), at: "/controller/address"))
            }
        } else {
            findings.append(finding(Self.noAddress(controller.legalName), at: "/controller/address"))
        }
        if controller.contact.isEmpty {
            findings.append(finding(Self.noContact(controller.legalName), at: "/controller/contact"))
        }
        return findings
    }

    static func noAddress(_ name: String) -> String {
        "the statement gives no postal address for the controller \(name)"
    }

    static func incompleteAddress(_ name: String, _ address: PostalAddress) -> String {
        var parts: [String] = []
        if address.lines.isEmpty { parts.append("street") }
        if address.postalCode?.isEmpty ?? true { parts.append("postal code") }
        if address.locality?.isEmpty ?? true { parts.append("town") }
        return "the controller \(name)'s address lacks its \(parts.joined(separator: " and ")): a letter could not be delivered"
    }

    static func noContact(_ name: String) -> String {
        "the statement gives no e-mail, telephone or web form to contact the controller \(name)"
    }
}
