import PolicyModel

/// GDPR Art. 4(1): data tied to an online identifier is personal data; a tool that sets identifiers
/// does not collect "anonymous" or "non-personal" data.
struct OnlineIdentifiersArePersonalData: LintRule {
    let id = "GDPR-4-1"
    let severity = Severity.error
    let articles = ["GDPR Art. 4(1)", "GDPR Recital 30"]
    let summary = "Do not call data “anonymous” or “non-personal” when trackers tie it to an identifier."
    let explanation = RuleExplanation(
        """
        An analytics or advertising tracker assigns each browser a unique identifier; what it records is \
        personal data (the CNIL said so of the Google Analytics client id in its formal notices of \
        10 February 2022). The rule reads the texts about trackers, their providers, the purposes using \
        device or browsing data, and those data categories.
        """,
        quotes: [LegalQuote(
            "GDPR Art. 4(1)",
            fr: "« données à caractère personnel », toute information se rapportant à une personne physique identifiée ou identifiable (ci-après dénommée « personne concernée »); est réputée être une « personne physique identifiable » une personne physique qui peut être identifiée, directement ou indirectement, notamment par référence à un identifiant, tel qu'un nom, un numéro d'identification, des données de localisation, un identifiant en ligne",
            en: "‘personal data’ means any information relating to an identified or identifiable natural person (‘data subject’); an identifiable natural person is one who can be identified, directly or indirectly, in particular by reference to an identifier such as a name, an identification number, location data, an online identifier")])
    let fixHint = "Remove the claim; describe what the tool records and that it is linked to an identifier."

    func check(_ policy: Policy, context: LintContext) -> [Finding] {
        let trackers = policy.nonEssentialCookieIndices
        guard !trackers.isEmpty else { return [] }
        var fields: [(JSONPointer, Localized)] = trackers.map { ("/cookies" / $0 / "description", policy.cookies[$0].description) }
        if let mechanism = policy.cookieConsent?.mechanism { fields.append(("/cookieConsent/mechanism", mechanism)) }
        let observedKinds: Set<DataKind> = [.device, .browsing, .location]
        for (i, category) in policy.dataCategories.enumerated() where observedKinds.contains(category.kind) {
            fields.append(("/dataCategories" / i / "label", category.label))
            fields += category.examples.enumerated().map { ("/dataCategories" / i / "examples" / $0.offset, $0.element) }
        }
        for (i, purpose) in policy.purposes.enumerated()
        where policy.categories(of: purpose).contains(where: { observedKinds.contains($0.kind) }) {
            fields.append(("/purposes" / i / "description", purpose.description))
        }
        let providers = Set(trackers.compactMap { policy.recipientIndex(named: policy.cookies[$0].provider) })
        for i in providers.sorted() {
            fields.append(("/recipients" / i / "service", policy.recipients[i].service))
        }
        return fields.compactMap { pointer, text in
            Wording.firstMatch(Self.claim, in: text).map { _, match in finding(Self.claimed(match), at: pointer) }
        }
    }

    static let claim: [Language: WordingPattern] = [
        .en: #"\bnon[- ‑]?personal\b|\banonym(ous|ised|ized)\b"#,
        .fr: #"\bnon[- ]personnel(le)?s?\b|\banonym(e|es|isées?)\b"#,
    ]

    static func claimed(_ match: String) -> String {
        "the text calls tracker data \(Wording.quoted(match)), but it is tied to an online identifier and is personal data"
    }
}
