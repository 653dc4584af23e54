import PolicyModel
import Testing

/// Withdrawal as easy as consent, children's consent, e-mail prospecting.
@Suite struct ConsentRulesTests {
    @Test func withdrawalAsEasyAsConsent() {
        expectFindings(
            GoodPolicy.with {
                $0.purposes[2].consentWithdrawal = text("Envoyez-nous une lettre recommandée.", "Send us a registered letter.")
            }, ["GDPR-7-3 error /purposes/2/consentWithdrawal"])
        expectFindings(
            GoodPolicy.with {
                $0.purposes[2].consentWithdrawal = text(
                    "Vous pouvez retirer votre consentement à tout moment.", "You can withdraw your consent at any time.")
            }, ["GDPR-7-3 error /purposes/2/consentWithdrawal"])
        expectFindings(
            GoodPolicy.with {
                $0.cookieConsent?.mechanism = text(
                    "Vous pouvez bloquer les cookies dans votre navigateur.", "You can block cookies in your browser.")
            }, ["GDPR-7-3 error /cookieConsent/mechanism"])
        expectFindings(
            GoodPolicy.with {
                $0.cookieConsent?.mechanism = text(
                    "Un bandeau propose « Tout accepter » et « Tout refuser ».", "A banner offers “Accept all” and “Refuse all”.")
            }, ["GDPR-7-3 error /cookieConsent/mechanism"])
    }

    @Test func childrensConsent() {
        expectFindings(
            GoodPolicy.with { $0.directedAtChildren = true },
            ["FR-LIL-45 error /purposes/2/description", "FR-LIL-45 error /purposes/3/description"])
    }

    @Test func electronicProspecting() {
        expectFindings(
            GoodPolicy.with {
                $0.purposes[2].legalBasis = .legitimateInterests
                $0.purposes[2].legitimateInterest = text("Fidéliser notre clientèle", "Keeping our clientele")
            }, ["FR-CPCE-L34-5 warning /purposes/2/legalBasis"])
        expectFindings(
            GoodPolicy.with {
                $0.purposes[2].legalBasis = .legitimateInterests
                $0.purposes[2].legitimateInterest = text(
                    "Informer nos clients de biens analogues à ceux qu’ils ont achetés",
                    "Telling existing customers about properties similar to those they bought")
            }, [])
        expectFindings(
            GoodPolicy.with { $0.purposes[2].legalBasis = .contract }, ["FR-CPCE-L34-5 error /purposes/2/legalBasis"])
    }
}
