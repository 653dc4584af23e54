import PolicyModel
import Testing

/// Chapter V: adequacy in force and in scope, the Data Privacy Framework, safeguards, derogations.
@Suite struct TransferRulesTests {
    /// The good policy with its support provider in the United Kingdom, under the adequacy decision.
    static let british = GoodPolicy.with {
        $0.recipients[4].processingCountries = ["GB"]
        $0.transfers[1] = Transfer(recipient: "support", country: "GB", mechanism: .adequacyDecision, reference: "(EU) 2021/1772")
    }

    @Test func adequacyDecisionInForce() {
        expectFindings(Self.british, [])
        expectFindings(
            Self.british, ["GDPR-45 error /transfers/1/mechanism", "GDPR-45-DPF warning /transfers/0/certificationCheckedOn"],
            on: day(2032, 1, 1))
        expectFindings(
            GoodPolicy.with { $0.transfers[1].mechanism = .adequacyDecision }, ["GDPR-45 error /transfers/1/mechanism"])
        expectFindings(
            GoodPolicy.with {
                $0.transfers.append(Transfer(recipient: "ovh", country: "DE", mechanism: .adequacyDecision))
            }, ["GDPR-45 warning /transfers/2/country"])
    }

    @Test func unverifiedAdequacyDecisionIsFlagged() {
        let brazil = GoodPolicy.with {
            $0.recipients[4].processingCountries = ["BR"]
            $0.transfers[1] = Transfer(recipient: "support", country: "BR", mechanism: .adequacyDecision)
        }
        let findings = lint(brazil)
        #expect(summary(findings) == ["GDPR-45 warning /transfers/1/mechanism"])
        #expect(findings.first?.notes.first?.hasPrefix("⚠") == true)
    }

    @Test func dataPrivacyFramework() {
        expectFindings(
            GoodPolicy.with { $0.transfers[0].certificationCheckedOn = nil },
            ["GDPR-45-DPF error /transfers/0/certificationCheckedOn"])
        expectFindings(
            GoodPolicy.with { $0.transfers[0].certificationCheckedOn = day(2024, 6, 1) },
            ["GDPR-45-DPF warning /transfers/0/certificationCheckedOn"])
        expectFindings(
            GoodPolicy.with {
                $0.transfers[1] = Transfer(recipient: "support", country: "IN", mechanism: .dataPrivacyFramework)
            }, ["GDPR-45-DPF error /transfers/1/country"])
    }

    @Test func adequacyScope() {
        expectFindings(
            GoodPolicy.with { $0.transfers[0].mechanism = .adequacyDecision }, ["GDPR-45-SCOPE error /transfers/0/mechanism"])
        let canada = GoodPolicy.with {
            $0.recipients[4].processingCountries = ["CA"]
            $0.transfers[1] = Transfer(recipient: "support", country: "CA", mechanism: .adequacyDecision, reference: "2002/2/EC")
        }
        expectFindings(canada, ["GDPR-45-SCOPE error /transfers/1/importer", "GDPR-45-SCOPE error /transfers/1/reference"])
        var covered = canada
        covered.transfers[1].importer = "Helpdesk Canada Inc."
        covered.transfers[1].reference = "2002/2/EC; the importer is subject to PIPEDA"
        expectFindings(covered, [])
    }

    @Test func appropriateSafeguards() {
        expectFindings(GoodPolicy.with { $0.transfers[1].copy = nil }, ["GDPR-46 error /transfers/1/copy"])
        expectFindings(GoodPolicy.with { $0.transfers[1].reference = nil }, ["GDPR-46 error /transfers/1/reference"])
        expectFindings(
            GoodPolicy.with { $0.transfers[1].reference = "(EU) 2021/915" }, ["GDPR-46 error /transfers/1/reference"])
    }

    @Test func transferDerogations() {
        expectFindings(
            GoodPolicy.with { $0.transfers[1].mechanism = .derogation }, ["GDPR-49 error /transfers/1/derogation"])
        expectFindings(
            GoodPolicy.with {
                $0.transfers[1].mechanism = .derogation
                $0.transfers[1].derogation = .contractWithDataSubject
            }, ["GDPR-49 warning /transfers/1/mechanism"])
        expectFindings(
            GoodPolicy.with {
                $0.transfers[1].mechanism = .derogation
                $0.transfers[1].derogation = .explicitConsent
            }, ["GDPR-49 error /transfers/1/derogation", "GDPR-49 warning /transfers/1/mechanism"])
    }
}
