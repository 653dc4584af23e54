import PolicyLint
import PolicyModel
import Testing

/// What the linter finds in the two agencies' statements as published in 2018, judged on their own date.
///
/// Both take data from third parties (other property sites; social networks and "other sources"),
/// so each Art. 13 finding has its Art. 14 twin.
@Suite struct AgencyFixturesTests {
    static let carmen = lint(Carmen2018.policy, on: Carmen2018.policy.effectiveDate)
    static let leggett = lint(Leggett2018.policy, on: Leggett2018.policy.effectiveDate)

    @Test func carmenImmobilier2018() {
        #expect(summary(Self.carmen).sorted() == [
            "GDPR-13-2-f error /automatedDecisions",
            "GDPR-14-2-g error /automatedDecisions",
            "GDPR-13-1-a error /controller/address",
            "GDPR-14-1-a error /controller/address",
            "GDPR-13-1-a error /controller/contact",
            "GDPR-14-1-a error /controller/contact",
            "FR-CNIL-COOKIE-BROWSE error /cookieConsent/mechanism",
            "GDPR-13-2-f warning /cookieConsent/mechanism",
            "GDPR-14-2-g warning /cookieConsent/mechanism",
            "GDPR-7-3 error /cookieConsent/mechanism",
            "FR-CNIL-COOKIE-REJECT error /cookieConsent/refuseAsEasyAsAccept",
            "FR-CNIL-COOKIE-LIFETIME warning /cookies/1/lifetime",
            "FR-CNIL-COOKIE-LIFETIME warning /cookies/2/lifetime",
            "GDPR-13-1-e error /cookies/2/provider",
            "GDPR-14-1-e error /cookies/2/provider",
            "FR-CNIL-COOKIE-LIFETIME warning /cookies/3/lifetime",
            "FR-CNIL-COOKIE-LIFETIME warning /cookies/4/lifetime",
            "GDPR-13-1-e error /cookies/4/provider",
            "GDPR-14-1-e error /cookies/4/provider",
            "GDPR-4-1 error /dataCategories/5/label",
            "GDPR-13-1-b info /dpo",
            "GDPR-14-1-b info /dpo",
            "GDPR-13-2-a error /purposes/2/retention",
            "GDPR-14-2-a error /purposes/2/retention",
            "GDPR-7-3 error /purposes/2/consentWithdrawal",
            "GDPR-4-1 error /purposes/2/description",
            "GDPR-7-3 error /purposes/3/consentWithdrawal",
            "GDPR-28 error /recipients/0/service",
            "GDPR-4-1 error /recipients/1/service",
            "GDPR-13-1-f error /recipients/1/transfer",
            "GDPR-14-1-f error /recipients/1/transfer",
            "GDPR-13-2-f warning /recipients/3/service",
            "GDPR-14-2-g warning /recipients/3/service",
            "GDPR-13-1-f error /recipients/3/transfer",
            "GDPR-14-1-f error /recipients/3/transfer",
            "GDPR-13-2-a-VAGUE warning /retention/1/criteria",
            "GDPR-5-1-e-PROSPECTS warning /retention/2/period",
            "GDPR-12-6 warning /rights/identityCheck",
            "GDPR-14-3 info /sources/2",
            "GDPR-14-1-d error /sources/2/dataCategories",
            "GDPR-14-2-f error /sources/2/publiclyAccessible"
        ].sorted())
    }

    @Test func carmenSpecifics() {
        let browse = Self.carmen.first { $0.ruleID == "FR-CNIL-COOKIE-BROWSE" }
        #expect(browse?.message.contains("“By using”") == true)
        // Fifteen working days is about three weeks: within the month of Art. 12(3).
        #expect(!Self.carmen.contains { $0.ruleID == "GDPR-12-3" })
        // The complaint route names the CNIL.
        #expect(!Self.carmen.contains { $0.ruleID == "GDPR-13-2-d" })
        let canada = Self.carmen.first { $0.ruleID == "GDPR-13-1-f" && $0.pointer == "/recipients/3/transfer" }
        #expect(canada?.message.contains("Canada") == true)
    }

    @Test func leggettImmobilier2018() {
        #expect(summary(Self.leggett).sorted() == [
            "GDPR-13-2-f error /automatedDecisions",
            "GDPR-14-2-g error /automatedDecisions",
            "GDPR-13-1-a error /controller/address",
            "GDPR-14-1-a error /controller/address",
            "FR-CNIL-COOKIE-REJECT error /cookieConsent/refuseAsEasyAsAccept",
            "FR-CNIL-COOKIE-LIFETIME warning /cookies/0/lifetime",
            "FR-LIL-82 error /cookies/1/consentRequired",
            "GDPR-13-2-f warning /cookies/1/description",
            "GDPR-14-2-g warning /cookies/1/description",
            "FR-CNIL-COOKIE-LIFETIME warning /cookies/1/lifetime",
            "FR-LIL-82 error /cookies/2/consentRequired",
            "FR-CNIL-COOKIE-LIFETIME warning /cookies/2/lifetime",
            "FR-LIL-82 error /cookies/3/consentRequired",
            "FR-CNIL-COOKIE-LIFETIME warning /cookies/3/lifetime",
            "GDPR-37-7 warning /dpo/contact/0",
            "GDPR-13-2-a error /purposes/0/retention",
            "GDPR-14-2-a error /purposes/0/retention",
            "GDPR-13-2-e error /purposes/1/consequencesOfNotProviding",
            "GDPR-13-2-a error /purposes/2/retention",
            "GDPR-14-2-a error /purposes/2/retention",
            "FR-CPCE-L34-5 warning /purposes/2/legalBasis",
            "GDPR-13-1-d error /purposes/2/legitimateInterest",
            "GDPR-14-2-b error /purposes/2/legitimateInterest",
            "GDPR-13-2-a error /purposes/3/retention",
            "GDPR-14-2-a error /purposes/3/retention",
            "GDPR-13-2-f warning /purposes/3/description",
            "GDPR-14-2-g warning /purposes/3/description",
            "GDPR-21-2 error /purposes/3/directMarketing",
            "GDPR-13-1-d error /purposes/3/legitimateInterest",
            "GDPR-14-2-b error /purposes/3/legitimateInterest",
            "GDPR-13-2-a error /purposes/4/retention",
            "GDPR-14-2-a error /purposes/4/retention",
            "GDPR-13-1-d error /purposes/4/legitimateInterest",
            "GDPR-14-2-b error /purposes/4/legitimateInterest",
            "GDPR-9 error /purposes/4/specialCategoryCondition",
            "GDPR-13-2-a error /purposes/5/retention",
            "GDPR-14-2-a error /purposes/5/retention",
            "GDPR-13-1-d error /purposes/5/legitimateInterest",
            "GDPR-14-2-b error /purposes/5/legitimateInterest",
            "GDPR-13-2-a error /purposes/6/retention",
            "GDPR-14-2-a error /purposes/6/retention",
            "GDPR-13-1-d error /purposes/6/legitimateInterest",
            "GDPR-14-2-b error /purposes/6/legitimateInterest",
            "GDPR-13-2-a error /purposes/7/retention",
            "GDPR-14-2-a error /purposes/7/retention",
            "GDPR-13-2-a error /purposes/8/retention",
            "GDPR-14-2-a error /purposes/8/retention",
            "GDPR-13-2-d error /purposes/8/description",
            "GDPR-14-2-e error /purposes/8/description",
            "GDPR-13-1-e warning /recipients/0/name",
            "GDPR-14-1-e warning /recipients/0/name",
            "GDPR-13-1-f error /recipients/0/processingCountries",
            "GDPR-14-1-f error /recipients/0/processingCountries",
            "GDPR-13-1-e warning /recipients/1/name",
            "GDPR-14-1-e warning /recipients/1/name",
            "GDPR-13-1-f error /recipients/1/processingCountries",
            "GDPR-14-1-f error /recipients/1/processingCountries",
            "GDPR-13-1-e warning /recipients/2/name",
            "GDPR-14-1-e warning /recipients/2/name",
            "GDPR-13-1-f error /recipients/2/processingCountries",
            "GDPR-14-1-f error /recipients/2/processingCountries",
            "GDPR-13-1-f error /recipients/4/processingCountries",
            "GDPR-14-1-f error /recipients/4/processingCountries",
            "GDPR-13-1-f error /recipients/5/transfer",
            "GDPR-14-1-f error /recipients/5/transfer",
            "GDPR-13-2-a-VAGUE warning /retention/0/criteria",
            "GDPR-14-3 info /sources/2",
            "GDPR-14-2-f error /sources/2/publiclyAccessible",
            "GDPR-14-3 info /sources/3",
            "GDPR-14-1-d error /sources/3/dataCategories",
            "GDPR-14-2-f warning /sources/3/description",
            "GDPR-14-2-f error /sources/3/publiclyAccessible"
        ].sorted())
    }

    @Test func leggettSpecifics() {
        let mailbox = Self.leggett.first { $0.ruleID == "GDPR-37-7" }
        #expect(mailbox?.message.contains("cil@leggett.fr") == true)
        let complaint = Self.leggett.first { $0.ruleID == "GDPR-13-2-d" }
        #expect(complaint?.message.contains("CNIL") == true)
    }

    @Test func bothFailTheBuild() {
        for (policy, findings) in [(Carmen2018.policy, Self.carmen), (Leggett2018.policy, Self.leggett)] {
            let report = LintReport(entries: [.init(document: PolicyDocument(policy: policy, origin: "2018"), findings: findings)])
            #expect(report.hasFailures(strict: false))
        }
    }
}
