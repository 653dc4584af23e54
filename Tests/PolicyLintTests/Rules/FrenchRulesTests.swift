import PolicyModel
import Testing

/// Trackers (LIL art. 82 and the CNIL's guidance) and after-death directives.
@Suite struct FrenchRulesTests {
    @Test func trackerConsent() {
        expectFindings(GoodPolicy.with { $0.cookies[1].consentRequired = false }, ["FR-LIL-82 error /cookies/1/consentRequired"])
        expectFindings(GoodPolicy.with { $0.cookieConsent = nil }, ["FR-LIL-82 error /cookieConsent"])
        expectFindings(
            GoodPolicy.with {
                $0.purposes[2].legalBasis = .legitimateInterests
                $0.purposes[2].legitimateInterest = text(
                    "Informer nos clients de biens analogues", "Telling existing customers about similar properties")
                $0.purposes[3].legalBasis = .legitimateInterests
                $0.purposes[3].legitimateInterest = text("Connaître la fréquentation du site", "Knowing the site's audience")
            }, ["FR-LIL-82 error /purposes"])
    }

    @Test func firstPartyAudienceMeasurementWithin13MonthsIsExempt() {
        expectFindings(
            GoodPolicy.with {
                $0.cookies.append(Cookie(
                    name: Localized(name: "_pk_id"), provider: "Agence Exemple", category: .audienceMeasurement,
                    description: text("Statistiques de visite", "Visit statistics"), lifetime: .months(13), consentRequired: false))
            }, [])
    }

    @Test func postMortemDirectives() {
        expectFindings(
            GoodPolicy.with { $0.controller.country = "BE" },
            ["FR-LIL-85 warning /controller/country", "GDPR-13-2-d error /controller/country"])
    }

    @Test func continuedBrowsingIsNotConsent() {
        expectFindings(
            GoodPolicy.with {
                $0.cookieConsent?.mechanism = text(
                    "En poursuivant votre navigation, vous acceptez les cookies.", "By continuing to browse, you accept cookies.")
            }, ["FR-CNIL-COOKIE-BROWSE error /cookieConsent/mechanism", "GDPR-7-3 error /cookieConsent/mechanism"])
    }

    @Test func refusalAsEasyAsAcceptance() {
        expectFindings(
            GoodPolicy.with { $0.cookieConsent?.refuseAsEasyAsAccept = false },
            ["FR-CNIL-COOKIE-REJECT error /cookieConsent/refuseAsEasyAsAccept"])
    }

    @Test func consentChoiceDuration() {
        expectFindings(
            GoodPolicy.with { $0.cookieConsent?.choiceKeptMonths = 13 }, ["FR-CNIL-COOKIE-CHOICE warning /cookieConsent/choiceKeptMonths"])
    }

    @Test func trackerLifetime() {
        expectFindings(GoodPolicy.with { $0.cookies[1].lifetime = .years(2) }, ["FR-CNIL-COOKIE-LIFETIME warning /cookies/1/lifetime"])
        expectFindings(GoodPolicy.with { $0.cookies[1].lifetime = nil }, ["FR-CNIL-COOKIE-LIFETIME warning /cookies/1/lifetime"])
        expectFindings(
            GoodPolicy.with { $0.cookies[1].lifetime = .years(Int.max) }, ["FR-CNIL-COOKIE-LIFETIME warning /cookies/1/lifetime"])
    }
}
