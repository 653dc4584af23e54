import PolicyLint
import PolicyModel
import Testing

@Suite struct GoodPolicyTests {
    @Test func goodPolicyLintsClean() {
        let findings = lint(GoodPolicy.policy)
        #expect(findings.isEmpty, "\(findings.map { "\($0.ruleID) \($0.pointer): \($0.message)" })")
    }
}
