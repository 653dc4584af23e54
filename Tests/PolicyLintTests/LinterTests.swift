import PolicyGenerator
import PolicyLint
import PolicyModel
import Testing

@Suite struct LinterTests {
    /// A policy with many findings, to compare across orders.
    static var troubled: Policy {
        GoodPolicy.with {
            $0.controller.address = nil
            $0.purposes[4].legitimateInterest = nil
            $0.purposes[2].consentWithdrawal = nil
            $0.transfers.remove(at: 1)
            $0.retention.remove(at: 3)
            $0.rights.identityCheck = .everyRequest
            $0.cookies[1].lifetime = .years(2)
            $0.cookieConsent?.refuseAsEasyAsAccept = false
        }
    }

    @Test func findingsAreSortedByPointerThenRule() {
        let findings = lint(Self.troubled)
        #expect(findings.count >= 8)
        let keys = findings.map { ($0.pointer.tokens, $0.ruleID) }
        for (a, b) in zip(keys, keys.dropFirst()) {
            #expect(a.0 != b.0 || a.1 <= b.1)
        }
        #expect(summary(lint(GoodPolicy.with { $0.purposes[2].consentWithdrawal = nil; $0.purposes[0].consequencesOfNotProviding = nil })) == [
            "GDPR-13-2-e error /purposes/0/consequencesOfNotProviding",
            "GDPR-13-2-c error /purposes/2/consentWithdrawal",
        ])
    }

    @Test func theSetOfFindingsDoesNotDependOnDeclarationOrder() {
        func key(_ findings: [Finding]) -> [String] {
            findings.map { "\($0.ruleID) \($0.severity) \($0.message)" }.sorted()
        }
        var generator = SplitMix64(seed: 0x5EED_2026)
        let original = Self.troubled
        for _ in 0..<8 {
            var shuffled = original
            shuffled.purposes.shuffle(using: &generator)
            shuffled.recipients.shuffle(using: &generator)
            shuffled.transfers.shuffle(using: &generator)
            shuffled.retention.shuffle(using: &generator)
            shuffled.cookies.shuffle(using: &generator)
            shuffled.dataCategories.shuffle(using: &generator)
            #expect(key(lint(shuffled)) == key(lint(original)), "seed 0x5EED_2026")
        }
    }

    @Test func aSubsetOfRulesRunsAlone() {
        let linter = Linter(rules: [RuleRegistryProbe.rule("GDPR-12-6")])
        let findings = linter.lint(Self.troubled, context: LintContext(referenceDate: referenceDate))
        #expect(summary(findings) == ["GDPR-12-6 warning /rights/identityCheck"])
    }
}

enum RuleRegistryProbe {
    static func rule(_ id: String) -> any LintRule {
        guard let rule = RuleRegistry.rule(id: id) else { preconditionFailure("no rule \(id)") }
        return rule
    }
}
