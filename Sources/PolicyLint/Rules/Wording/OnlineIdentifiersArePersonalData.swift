import PolicyModel

/// GDPR Art. 4(1): data tied to an online identifier is personal data; a tool that sets identifiers
/// does not collect "anonymous" or "non-personal" data.
struct OnlineIdentifiersArePersonalData: InputRule {
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

    func check(_ input: LintInput, context: LintContext) -> [Finding] {
        let policy = input.policy
        let trackers = policy.nonEssentialCookieIndices
        guard !trackers.isEmpty else { return [] }
        // At most every field of the statement: room for them at once, the list never regrown.
        var fields: [LocalizedFieldLocation] = []
        fields.reserveCapacity(input.fields.count)
        for i in trackers { fields.append(LocalizedFieldLocation(.cookieDescription, i)) }
        if policy.cookieConsent?.mechanism != nil { fields.append(LocalizedFieldLocation(.cookieConsentMechanism)) }
        func isObserved(_ kind: DataKind) -> Bool { kind == .device || kind == .browsing || kind == .location }
        // Categories are read in place, by offset, rather than copied.
        for i in policy.dataCategories.indices where isObserved(policy.dataCategories[i].kind) {
            fields.append(LocalizedFieldLocation(.dataCategoryLabel, i))
            for j in policy.dataCategories[i].examples.indices { fields.append(LocalizedFieldLocation(.dataCategoryExample, i, j)) }
        }
        // A purpose's description is read when the purpose uses observed data. The claim is looked for
        // first, since few descriptions make it (the scan's bits answer most at once), and only the
        // purposes whose description makes it have their categories read: a description without the
        // claim adds no finding wherever it stands in the list.
        var observed: CategorySelection?
        for i in policy.purposes.indices {
            let location = LocalizedFieldLocation(.purposeDescription, i)
            guard let field = input.field(location), input.firstMatch(Self.claim, in: field) != nil else { continue }
            let selection = observed ?? input.categories { isObserved(policy.dataCategories[$0].kind) }
            observed = selection
            if input.usesCategory(purpose: i, in: selection) { fields.append(location) }
        }
        // Each recipient once, in order.
        let providers = trackers.compactMap { input.recipientIndex(ofCookieProvider: $0) }.sorted()
        for (position, i) in providers.enumerated() where position == 0 || providers[position - 1] != i {
            fields.append(LocalizedFieldLocation(.recipientService, i))
        }
        return fields.compactMap { location in
            input.field(location).flatMap { input.firstMatch(Self.claim, in: $0) }.map { _, match in
                finding(Self.claimed(match), at: location.pointer)
            }
        }
    }

    static let claim: LanguagePatterns = [
        .en: #"\bnon[- ‑]?personal\b|\banonym(ous|ised|ized)\b"#,
        .fr: #"\bnon[- ]personnel(le)?s?\b|\banonym(e|es|isées?)\b"#,
    ]

    static func claimed(_ match: String) -> String {
        "the text calls tracker data \(Wording.quoted(match)), but it is tied to an online identifier and is personal data"
    }
}
