import PolicyModel
import Testing

/// Rights, objection, automated decisions, representative, processors, DPO, special categories.
@Suite struct RightsRulesTests {
    @Test func responseDelay() {
        expectFindings(GoodPolicy.with { $0.rights.responseDelay = .months(2) }, ["GDPR-12-3 error /rights/responseDelay"])
        expectFindings(GoodPolicy.with { $0.rights.responseDelay = .workingDays(15) }, [])
        expectFindings(GoodPolicy.with { $0.rights.responseDelay = .workingDays(Int.max) }, ["GDPR-12-3 error /rights/responseDelay"])
    }

    @Test func identityVerification() {
        expectFindings(GoodPolicy.with { $0.rights.identityCheck = .everyRequest }, ["GDPR-12-6 warning /rights/identityCheck"])
        // Declared missing, the value is not judged: only the gap is reported.
        expectFindings(
            GoodPolicy.with {
                $0.rights.identityCheck = .everyRequest
                $0.missing.append(MissingFact(field: "/rights/identityCheck", note: "not as the model holds it"))
            },
            ["POLICYC-MISSING-FACT info /rights/identityCheck"])
    }

    @Test func objectionToDirectMarketing() {
        expectFindings(
            GoodPolicy.with {
                $0.purposes[1].description = text(
                    "Tenir le registre des mandats et envoyer nos offres promotionnelles",
                    "Keeping the register of mandates and sending promotional offers")
            }, ["GDPR-21-2 error /purposes/1/directMarketing"])
        expectFindings(
            GoodPolicy.with { $0.purposes[2].directMarketing?.channels = [] },
            ["GDPR-21-2 error /purposes/2/directMarketing/channels"])
    }

    @Test func objectionToProfiling() {
        expectFindings(
            GoodPolicy.with {
                $0.automatedDecisions[0].consequences = text("Aucune décision n’est prise à votre égard.", "No decision is taken about you.")
            }, ["GDPR-21-4 error /automatedDecisions/0/consequences"])
    }

    @Test func solelyAutomatedDecisions() {
        expectFindings(
            GoodPolicy.with { $0.automatedDecisions[0].kind = .solelyAutomatedDecision },
            ["GDPR-22 error /automatedDecisions/0/consequences"])
        expectFindings(
            GoodPolicy.with {
                $0.automatedDecisions[0].kind = .solelyAutomatedDecision
                $0.automatedDecisions[0].consequences = text(
                    "Vous pouvez vous opposer à ce tri, obtenir une intervention humaine et contester la sélection.",
                    "You can object to this selection, obtain human review and contest it.")
            }, [])
    }

    @Test func representativeInTheUnion() {
        expectFindings(
            GoodPolicy.with { $0.controller.country = "CH" },
            [
                "GDPR-27 error /controller/representative", "GDPR-13-2-d error /controller/country",
                "FR-LIL-85 warning /controller/country",
            ])
    }

    @Test func processorsAreRecipients() {
        expectFindings(
            GoodPolicy.with {
                $0.recipients[0].service = text(
                    "Seul le personnel habilité a accès à vos données", "Only authorised staff have access to your data")
            }, ["GDPR-28 error /recipients/0/service"])
    }

    @Test func dataProtectionOfficerTitle() {
        expectFindings(GoodPolicy.with { $0.dpo?.title = "CIL" }, ["GDPR-37-7 warning /dpo/title"])
        expectFindings(
            GoodPolicy.with { $0.dpo?.contact = [.email("cil@agence-exemple.fr")] }, ["GDPR-37-7 warning /dpo/contact/0"])
    }

    @Test func specialCategoriesCondition() {
        expectFindings(
            GoodPolicy.with {
                $0.dataCategories.append(DataCategory(
                    id: "health", kind: .other, label: text("Handicap (accessibilité)", "Disability (accessibility)"), special: .health))
                $0.purposes[0].dataCategories.append("health")
            }, ["GDPR-9 error /purposes/0/specialCategoryCondition"])
    }
}
