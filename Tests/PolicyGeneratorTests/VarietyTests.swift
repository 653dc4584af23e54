import PolicyCatalogue
import PolicyGenerator
import PolicyModel
import Testing

/// Over a few hundred policies, every feature the renderer and linter handle shows up, and not everywhere.
@Suite struct VarietyTests {
    let policies = (1...300).map { PolicyGenerator(seed: 77).policy(index: $0) }

    func share(_ predicate: (Policy) -> Bool) -> Double {
        Double(policies.filter(predicate).count) / Double(policies.count)
    }

    @Test func someButNotAllHaveEachFeature() {
        let features: [(String, (Policy) -> Bool)] = [
            ("transfers under clauses", { $0.transfers.contains { $0.mechanism == .standardContractualClauses } }),
            ("transfers on an adequacy decision", { $0.transfers.contains { $0.mechanism == .adequacyDecision } }),
            ("profiling", { !$0.automatedDecisions.isEmpty }),
            ("indirect sources", { $0.hasIndirectSources }),
            ("designated DPO", { $0.dpo?.status == .designated }),
            ("direct marketing", { $0.purposes.contains { $0.directMarketing != nil } }),
            ("sub-processors", { $0.recipients.contains { !$0.subProcessors.isEmpty } }),
        ]
        for (name, predicate) in features {
            let ratio = share(predicate)
            #expect(ratio > 0.05 && ratio < 1, "\(name): \(ratio)")
        }
    }

    @Test func everyTransferMechanismInUseAppears() {
        let mechanisms = Set(policies.flatMap { $0.transfers.map(\.mechanism) })
        #expect(mechanisms == [.adequacyDecision, .dataPrivacyFramework, .standardContractualClauses])
    }

    @Test func everyCookieCategoryAppearsWithConsentSetRight() {
        let cookies = policies.flatMap(\.cookies)
        #expect(Set(cookies.map(\.category)) == Set(CookieCategory.allCases))
        for cookie in cookies {
            #expect(cookie.consentRequired == (cookie.category != .strictlyNecessary), "\(cookie.name.texts)")
        }
    }

    @Test func everyLegalBasisInUseHasWhatItNeeds() {
        for purpose in policies.flatMap(\.purposes) {
            switch purpose.legalBasis {
            case .consent: #expect(purpose.consentWithdrawal != nil, "\(purpose.id)")
            case .legitimateInterests: #expect(purpose.legitimateInterest != nil, "\(purpose.id)")
            case .contract: #expect(purpose.consequencesOfNotProviding != nil, "\(purpose.id)")
            default: break
            }
        }
    }

    @Test func everyThirdCountryReachedHasATransferValidThere() {
        for policy in policies {
            for recipient in policy.recipients {
                for country in Law.thirdCountries(of: recipient) {
                    let transfer = policy.transfers.first { $0.recipient == recipient.id && $0.country == country }
                    #expect(transfer != nil, "\(policy.id) \(recipient.id) \(country)")
                    guard let transfer else { continue }
                    switch transfer.mechanism {
                    case .adequacyDecision:
                        let decision = Countries.named(country)?.adequacy?.reference ?? "?"
                        #expect(transfer.reference?.hasPrefix(decision) == true)
                    case .dataPrivacyFramework:
                        #expect(country == "US" && transfer.certificationCheckedOn != nil)
                    case .standardContractualClauses:
                        #expect(transfer.copy != nil && transfer.reference?.hasPrefix("(EU) 2021/914") == true)
                    default:
                        Issue.record("unexpected mechanism \(transfer.mechanism)")
                    }
                }
            }
        }
    }
}
