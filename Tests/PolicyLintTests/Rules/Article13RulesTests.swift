import PolicyModel
import Testing

/// Each Art. 13 rule fires on one missing fact of the good policy, and on nothing else.
@Suite struct Article13RulesTests {
    @Test func controllerIdentity() {
        expectFindings(GoodPolicy.with { $0.controller.address = nil }, ["GDPR-13-1-a error /controller/address"])
        expectFindings(
            GoodPolicy.with { $0.controller.address?.postalCode = nil }, ["GDPR-13-1-a error /controller/address"])
        expectFindings(GoodPolicy.with { $0.controller.contact = [] }, ["GDPR-13-1-a error /controller/contact"])
    }

    @Test func dataProtectionOfficerContact() {
        expectFindings(GoodPolicy.with { $0.dpo?.contact = [] }, ["GDPR-13-1-b error /dpo/contact"])
        expectFindings(GoodPolicy.with { $0.dpo = nil }, ["GDPR-13-1-b info /dpo"])
    }

    @Test func purposesAndLegalBasis() {
        expectFindings(
            GoodPolicy.with { $0.purposes = [] }, ["GDPR-13-1-c error /purposes", "FR-LIL-82 error /purposes"])
        expectFindings(
            GoodPolicy.with { $0.purposes[0].dataCategories = [] }, ["GDPR-13-1-c warning /purposes/0/dataCategories"])
    }

    @Test func legitimateInterestsNamed() {
        expectFindings(
            GoodPolicy.with { $0.purposes[4].legitimateInterest = nil }, ["GDPR-13-1-d error /purposes/4/legitimateInterest"])
        expectFindings(
            GoodPolicy.with { $0.purposes[4].legitimateInterest = text("Notre intérêt légitime", "Our legitimate interest") },
            ["GDPR-13-1-d error /purposes/4/legitimateInterest"])
    }

    @Test func recipientsDisclosed() {
        expectFindings(GoodPolicy.with { $0.recipients.remove(at: 2) }, ["GDPR-13-1-e error /cookies/1/provider"])
        // A tracker whose provider is not given: reported as such, and a warning once declared missing.
        expectFindings(GoodPolicy.with { $0.cookies[1].provider = nil }, ["GDPR-13-1-e error /cookies/1/provider"])
        expectFindings(
            GoodPolicy.with {
                $0.cookies[1].provider = nil
                $0.missing.append(MissingFact(field: "/cookies/1/provider", note: "not in the source"))
            },
            ["GDPR-13-1-e warning /cookies/1/provider"])
        #expect(lint(GoodPolicy.with { $0.cookies[1].provider = nil }).contains {
            $0.message == "the statement does not say who sets the tracker '_ga'"
        })
        expectFindings(
            GoodPolicy.with { $0.recipients[1].name = text("Prestataires", "Service providers") },
            ["GDPR-13-1-e warning /recipients/1/name"])
    }

    @Test func thirdCountryTransfers() {
        expectFindings(
            GoodPolicy.with { $0.transfers.remove(at: 1) }, ["GDPR-13-1-f error /recipients/4/transfer"])
        expectFindings(
            GoodPolicy.with { $0.transfers.remove(at: 0) },
            ["GDPR-13-1-f error /recipients/2/transfer"])
        expectFindings(
            GoodPolicy.with { $0.recipients[3].processingCountries = [] },
            ["GDPR-13-1-f error /recipients/3/processingCountries"])
    }

    @Test func retentionPeriods() {
        expectFindings(GoodPolicy.with { $0.retention = [] }, ["GDPR-13-2-a error /retention"])
        expectFindings(GoodPolicy.with { $0.retention.remove(at: 3) }, ["GDPR-13-2-a error /purposes/3/retention"])
    }

    @Test func dataSubjectRightsChannel() {
        expectFindings(GoodPolicy.with { $0.rights.channels = [] }, ["GDPR-13-2-b error /rights/channels"])
    }

    @Test func rightToWithdrawConsent() {
        expectFindings(
            GoodPolicy.with { $0.purposes[2].consentWithdrawal = nil }, ["GDPR-13-2-c error /purposes/2/consentWithdrawal"])
    }

    @Test func rightToLodgeComplaint() {
        expectFindings(
            GoodPolicy.with { $0.controller.country = "DE" },
            ["GDPR-13-2-d error /controller/country", "FR-LIL-85 warning /controller/country"])
        expectFindings(
            GoodPolicy.with {
                $0.security = [text("Envoyez vos réclamations à contact@agence-exemple.fr", "Send your complaints to contact@agence-exemple.fr")]
            }, ["GDPR-13-2-d error /security/0"])
    }

    @Test func statutoryOrContractualRequirement() {
        expectFindings(
            GoodPolicy.with { $0.purposes[0].consequencesOfNotProviding = nil },
            ["GDPR-13-2-e error /purposes/0/consequencesOfNotProviding"])
    }

    @Test func automatedDecisionMaking() {
        expectFindings(
            GoodPolicy.with {
                $0.automatedDecisions = []
                $0.purposes[2].description = text(
                    "Vous envoyer des annonces adaptées à vos centres d’intérêt", "Sending you listings tailored to your interests")
            }, ["GDPR-13-2-f warning /purposes/2/description"])
        expectFindings(
            GoodPolicy.with {
                $0.automatedDecisions = []
                $0.cookies.append(Cookie(
                    name: Localized(name: "_gcl_au"), provider: "Google Ireland Limited", category: .advertising,
                    description: text("Suivi des campagnes", "Campaign tracking"), lifetime: .months(3), consentRequired: true))
            }, ["GDPR-13-2-f error /automatedDecisions"])
        expectFindings(
            GoodPolicy.with { $0.automatedDecisions[0].purposes = [] }, ["GDPR-13-2-f error /automatedDecisions/0/purposes"])
    }
}
