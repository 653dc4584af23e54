import PolicyModel

/// CPCE art. L.34-5: e-mail and SMS prospecting of individuals needs their prior consent, save the
/// "soft opt-in" for existing customers and similar products.
struct ElectronicProspecting: InputRule {
    let id = "FR-CPCE-L34-5"
    let severity = Severity.error
    let articles = ["CPCE art. L.34-5", "ePrivacy Directive art. 13"]
    let summary = "Prospect individuals by e-mail or SMS only with their prior consent (or the customer exception)."
    let explanation = RuleExplanation(
        """
        An e-mail or SMS marketing purpose rests on consent. The one exception covers a customer whose \
        address was collected during a sale, for similar products of the same company, with an easy opt-out \
        at collection and in every message: a legitimate-interests basis is reported as a warning so the \
        statement confirms those conditions; any other basis is an error.
        """,
        quotes: [LegalQuote(
            "CPCE art. L.34-5",
            fr: "Est interdite la prospection directe au moyen de système automatisé de communications électroniques au sens du 6° de l'article L. 32, d'un télécopieur ou de courriers électroniques utilisant les coordonnées d'une personne physique, abonné ou utilisateur, qui n'a pas exprimé préalablement son consentement à recevoir des prospections directes par ce moyen.",
            en: "(translation) Direct prospecting by means of an automated electronic communications system within the meaning of Article L. 32(6), a fax machine or electronic mail, using the contact details of a natural person, subscriber or user, who has not previously consented to receive direct prospecting by that means, is prohibited.")])
    let fixHint = "Base the e-mail/SMS marketing purpose on consent, or state the customer exception in its legitimate interest."

    func check(_ input: LintInput, context: LintContext) -> [Finding] {
        let policy = input.policy
        // Purposes are read in place, by index; only a marketing purpose is copied.
        let purposes = policy.purposes
        return purposes.indices.compactMap { i in
            guard let channels = purposes[i].directMarketing?.channels,
                channels.contains(.email) || channels.contains(.sms),
                purposes[i].legalBasis != .consent
            else { return nil }
            let purpose = purposes[i]
            // The pointer is built only for a finding.
            var pointer: JSONPointer { "/purposes" / i / "legalBasis" }
            if purpose.legalBasis == .legitimateInterests {
                let stated = input.field(.purposeLegitimateInterest, i).map { input.matches(Self.customer, $0) } ?? false
                return stated ? nil : finding(Self.softOptIn(purpose.id), at: pointer, severity: .warning)
            }
            return finding(Self.noConsent(purpose.id, purpose.legalBasis), at: pointer)
        }
    }

    static let customer: LanguagePatterns = [
        .en: #"\b(existing )?customers?\b.*\bsimilar\b"#, .fr: #"\bclients?\b.*\banalogues?\b"#,
    ]

    static func softOptIn(_ id: PurposeID) -> String {
        "purpose '\(id)' prospects by e-mail or SMS on legitimate interests: only customers, for similar products, may be prospected without consent"
    }

    static func noConsent(_ id: PurposeID, _ basis: LegalBasis) -> String {
        "purpose '\(id)' prospects by e-mail or SMS on the basis '\(basis.rawValue)': prior consent is required"
    }
}
