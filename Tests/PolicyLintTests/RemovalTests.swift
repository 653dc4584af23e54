import PolicyModel
import Testing

/// Removing any one required disclosure from the good policy makes the linter report an error
/// naming the rule of the article that requires it.
@Suite struct RemovalTests {
    struct Removal: Sendable, CustomStringConvertible {
        let disclosure: String
        let rule: String
        let change: @Sendable (inout Policy) -> Void
        var description: String { disclosure }
    }

    static let removals: [Removal] = [
        Removal(disclosure: "controller address", rule: "GDPR-13-1-a") { $0.controller.address = nil },
        Removal(disclosure: "controller contact", rule: "GDPR-13-1-a") { $0.controller.contact = [] },
        Removal(disclosure: "DPO contact", rule: "GDPR-13-1-b") { $0.dpo?.contact = [] },
        Removal(disclosure: "purposes", rule: "GDPR-13-1-c") { $0.purposes = [] },
        Removal(disclosure: "legitimate interest", rule: "GDPR-13-1-d") { $0.purposes[4].legitimateInterest = nil },
        Removal(disclosure: "tracker provider among recipients", rule: "GDPR-13-1-e") { $0.recipients.remove(at: 2) },
        Removal(disclosure: "transfers", rule: "GDPR-13-1-f") { $0.transfers = [] },
        Removal(disclosure: "recipient location", rule: "GDPR-13-1-f") { $0.recipients[1].processingCountries = [] },
        Removal(disclosure: "retention", rule: "GDPR-13-2-a") { $0.retention = [] },
        Removal(disclosure: "rights channel", rule: "GDPR-13-2-b") { $0.rights.channels = [] },
        Removal(disclosure: "consent withdrawal", rule: "GDPR-13-2-c") { $0.purposes[3].consentWithdrawal = nil },
        Removal(disclosure: "complaint authority", rule: "GDPR-13-2-d") { $0.controller.country = "DE" },
        Removal(disclosure: "consequences of not providing", rule: "GDPR-13-2-e") {
            $0.purposes[1].consequencesOfNotProviding = nil
        },
        Removal(disclosure: "profiling purposes", rule: "GDPR-13-2-f") { $0.automatedDecisions[0].purposes = [] },
        Removal(disclosure: "objection to profiling", rule: "GDPR-21-4") {
            $0.automatedDecisions[0].consequences = text("Aucune décision n’est prise.", "No decision is taken.")
        },
        Removal(disclosure: "direct-marketing channels", rule: "GDPR-21-2") { $0.purposes[2].directMarketing?.channels = [] },
        Removal(disclosure: "safeguard copy", rule: "GDPR-46") { $0.transfers[1].copy = nil },
        Removal(disclosure: "safeguard reference", rule: "GDPR-46") { $0.transfers[1].reference = nil },
        Removal(disclosure: "DPF check date", rule: "GDPR-45-DPF") { $0.transfers[0].certificationCheckedOn = nil },
        Removal(disclosure: "tracker consent", rule: "FR-LIL-82") { $0.cookies[1].consentRequired = false },
        Removal(disclosure: "consent mechanism", rule: "FR-LIL-82") { $0.cookieConsent = nil },
        Removal(disclosure: "refuse button", rule: "FR-CNIL-COOKIE-REJECT") { $0.cookieConsent?.refuseAsEasyAsAccept = false },
        Removal(disclosure: "English text", rule: "GDPR-12-1-PARITY") {
            $0.security = [Localized([.fr: "Connexions chiffrées"])]
        },
    ]

    @Test(arguments: removals)
    func removingADisclosureIsAnError(_ removal: Removal) {
        let findings = lint(GoodPolicy.with(removal.change))
        #expect(findings.contains { $0.ruleID == removal.rule && $0.severity == .error }, "\(summary(findings))")
    }
}
