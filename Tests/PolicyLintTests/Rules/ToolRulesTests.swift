import PolicyLint
import PolicyModel
import Testing

/// Declared-missing facts, waivers, and the ids the command line and the page check report under.
@Suite struct ToolRulesTests {
    @Test func declaredMissingFactIsListedOnce() {
        expectFindings(
            GoodPolicy.with { $0.missing = [MissingFact(field: "/controller/registration", note: "the source gives none")] },
            ["POLICYC-MISSING-FACT info /controller/registration"])
    }

    @Test func findingOnADeclaredMissingFactIsLoweredToWarning() {
        let policy = GoodPolicy.with {
            $0.controller.address = nil
            $0.missing = [MissingFact(field: "/controller/address", note: "the statement gives a business park only")]
        }
        let findings = lint(policy)
        #expect(summary(findings) == ["GDPR-13-1-a warning /controller/address"])
        #expect(findings.first?.notes == ["declared missing: the statement gives a business park only"])
    }

    @Test func findingBelowADeclaredMissingFieldIsLowered() {
        let policy = GoodPolicy.with {
            $0.recipients[3].processingCountries = []
            $0.missing = [MissingFact(field: "/recipients/3", note: "hosting not stated")]
        }
        expectFindings(policy, ["GDPR-13-1-f warning /recipients/3/processingCountries"])
    }

    @Test func unknownWaiverRule() {
        expectFindings(
            GoodPolicy.with { $0.waivers = [Waiver(rule: "GDPR-99", reason: "typo")] }, ["POLICYC-UNKNOWN-WAIVER warning /waivers/0/rule"])
    }

    @Test func unusedWaiver() {
        expectFindings(
            GoodPolicy.with { $0.waivers = [Waiver(rule: "GDPR-12-6", reason: "kept from an old version")] },
            ["POLICYC-UNUSED-WAIVER warning /waivers/0"])
    }

    @Test func waiverKeepsTheFindingButItNoLongerFails() {
        let waiver = Waiver(rule: "GDPR-12-6", reason: "the notary's rules require it")
        let findings = lint(GoodPolicy.with {
            $0.rights.identityCheck = .everyRequest
            $0.waivers = [waiver]
        })
        #expect(summary(findings) == ["GDPR-12-6 warning /rights/identityCheck"])
        #expect(findings.first?.waiver == waiver)
        #expect(findings.allSatisfy { !$0.fails(strict: true) })
    }

    @Test func renderedAndTemplateIdsAreInTheCatalogueButNotModelChecks() {
        for id in ["POLICYC-RENDERED", "POLICYC-TEMPLATES"] {
            let rule = RuleRegistry.rule(id: id)
            #expect(rule != nil)
            #expect(rule?.check(GoodPolicy.policy, context: LintContext(referenceDate: referenceDate)).isEmpty == true)
        }
        #expect(RenderedPageCheck.ruleID == "POLICYC-RENDERED")
    }
}
