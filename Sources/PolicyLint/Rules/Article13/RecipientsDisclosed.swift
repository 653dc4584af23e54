import PolicyModel

/// GDPR Art. 13(1)(e): the recipients or categories of recipients.
///
/// Every third party that sets a tracker on the site receives data and must be listed; a recipient
/// named only by a vague category ("partners", "service providers") is reported as a warning, since
/// WP260 asks for named recipients or categories precise enough to tell the sector and location.
struct RecipientsDisclosed: DisclosureRule {
    let id = "GDPR-13-1-e"
    let severity = Severity.error
    let articles = ["GDPR Art. 13(1)(e)", "GDPR Art. 4(9)"]
    let summary = "List the recipients of the data, by name or by precise category."
    let explanation = RuleExplanation(
        """
        A recipient is anyone to whom the data is disclosed, processors included (Art. 4(9)). A tracker \
        provider other than the controller receives at least the identifier and the pages visited. WP260 \
        prefers named recipients; a category must at least say the kind of business, sector and location.
        """,
        quotes: [
            LegalQuote(
                "GDPR Art. 13(1)(e)",
                fr: "les destinataires ou les catégories de destinataires des données à caractère personnel, s'ils existent",
                en: "the recipients or categories of recipients of the personal data, if any"),
            LegalQuote(
                "GDPR Art. 4(9)",
                fr: "« destinataire », la personne physique ou morale, l'autorité publique, le service ou tout autre organisme qui reçoit communication de données à caractère personnel, qu'il s'agisse ou non d'un tiers",
                en: "‘recipient’ means a natural or legal person, public authority, agency or another body, to which the personal data are disclosed, whether a third party or not"),
        ])
    let fixHint = "Add each tracker provider and service provider as a recipient, named (`Google Ireland Limited`), with its role and service."

    func disclosureFindings(_ input: LintInput, context: LintContext) -> [Finding] {
        let policy = input.policy
        var findings: [Finding] = []
        var reported: Set<String> = []
        // Cookies are read in place, by index: only an unlisted provider's is copied.
        for i in policy.cookies.indices
        where !input.isController(cookieProvider: i) && input.recipientIndex(ofCookieProvider: i) == nil {
            let cookie = policy.cookies[i]
            guard let provider = cookie.provider else {
                findings.append(finding(Self.unnamedProvider(cookie.name.display), at: "/cookies" / i / "provider"))
                continue
            }
            if reported.insert(provider.lowercased()).inserted {
                findings.append(finding(Self.unlistedProvider(provider, cookie.name.display), at: "/cookies" / i / "provider"))
            }
        }
        for i in policy.recipients.indices
        where policy.recipients[i].role != .internalDepartment
            && input.field(.recipientName, i).map({ input.matchesAnyText(Self.vagueCategory, of: $0) }) ?? false
        {
            findings.append(
                finding(Self.vague(policy.recipients[i].name.display), at: "/recipients" / i / "name", severity: .warning))
        }
        return findings
    }

    /// Names that are only a generic category.
    static let vagueCategory: WordingPattern =
        #"^\s*(our |nos |des |les |other |autres )?(business |commercial )?(partners?|partenaires?( commerciaux)?|third[- ]part(y|ies)|tiers|(3rd party |third[- ]party )?service providers?|providers?|prestataires?( de services?)?|portals?|portails?|sous-traitants?|subcontractors?)\s*$"#

    static func unnamedProvider(_ cookie: String) -> String {
        "the statement does not say who sets the tracker '\(cookie)'"
    }

    static func unlistedProvider(_ provider: String, _ cookie: String) -> String {
        "\(provider) sets the tracker '\(cookie)' but is not listed among the recipients"
    }

    static func vague(_ name: String) -> String {
        "recipient “\(name)” is only a generic category: name the recipients or give their sector and location"
    }
}
