import PolicyModel
import Testing

/// Wording: identifiers are personal data, plain language, both languages, retention wording.
@Suite struct WordingRulesTests {
    @Test func onlineIdentifiersArePersonalData() {
        expectFindings(
            GoodPolicy.with { $0.cookies[1].description = text("Données anonymes de fréquentation", "Anonymous audience data") },
            ["GDPR-4-1 error /cookies/1/description"])
        expectFindings(
            GoodPolicy.with {
                $0.recipients[2].service = text("Statistiques (données non personnelles)", "Statistics (non-personal data)")
            }, ["GDPR-4-1 error /recipients/2/service"])
    }

    /// A purpose's description is read when the purpose uses data trackers observe (here `browsing`), not otherwise.
    @Test func onlineIdentifiersClaimedInAPurposeThatUsesObservedData() {
        expectFindings(
            GoodPolicy.with {
                $0.purposes[3].description = text("Mesure anonyme de la fréquentation", "Anonymous audience measurement")
                $0.purposes[0].description = text("Demandes anonymes", "Anonymous requests")
            }, ["GDPR-4-1 error /purposes/3/description"])
        expectFindings(
            GoodPolicy.with {
                $0.purposes[4].description = text("Sécurité (données non personnelles)", "Security (non-personal data)")
                $0.cookies[1].description = text("Données anonymes de fréquentation", "Anonymous audience data")
            }, ["GDPR-4-1 error /cookies/1/description", "GDPR-4-1 error /purposes/4/description"])
    }

    @Test func claimsAboutStrictlyNecessaryCookiesAreNotRead() {
        expectFindings(
            GoodPolicy.with { $0.cookies[0].description = text("Session anonyme", "Anonymous session") }, [])
    }

    @Test func plainLanguage() {
        expectFindings(
            GoodPolicy.with { $0.security = [text("Nous pourrions chiffrer certaines données", "We may encrypt some data")] },
            ["GDPR-12-1 warning /security/0"])
    }

    @Test func languageParity() {
        expectFindings(
            GoodPolicy.with { $0.security = [Localized([.fr: "Connexions chiffrées"])] }, ["GDPR-12-1-PARITY error /security/0/en"])
        let french = "Connexions chiffrées et contrôle des accès au site"
        expectFindings(GoodPolicy.with { $0.security = [text(french, french)] }, ["GDPR-12-1-PARITY warning /security/0"])
    }

    /// A tracker's name is a text like a recipient's: a missing language is an error, an untranslated
    /// description a warning, a technical name the same in both languages nothing.
    @Test func languageParityOfTrackerNames() {
        expectFindings(
            GoodPolicy.with { $0.cookies[1].name = Localized([.fr: "Cookies de mesure d’audience"]) },
            ["GDPR-12-1-PARITY error /cookies/1/name/en"])
        expectFindings(
            GoodPolicy.with { $0.recipients[0].name = Localized([.fr: "Collaborateurs habilités de l’agence"]) }, ["GDPR-12-1-PARITY error /recipients/0/name/en"])
        let french = "Cookies de session et d’authentification"
        expectFindings(GoodPolicy.with { $0.cookies[0].name = text(french, french) }, ["GDPR-12-1-PARITY warning /cookies/0/name"])
        expectFindings(GoodPolicy.with { $0.cookies[0].name = text(french, "Session and authentication cookies") }, [])
        expectFindings(GoodPolicy.with { $0.cookies[0].name = Localized(name: "PHPSESSID") }, [])
    }

    @Test func retentionCriteria() {
        expectFindings(
            GoodPolicy.with { $0.retention[4].period = nil }, ["GDPR-13-2-a-VAGUE warning /retention/4"])
        expectFindings(
            GoodPolicy.with {
                $0.retention[4].period = nil
                $0.retention[4].criteria = text("Aussi longtemps que nécessaire", "As long as necessary")
            }, ["GDPR-13-2-a-VAGUE warning /retention/4/criteria"])
    }

    @Test func prospectRetention() {
        expectFindings(GoodPolicy.with { $0.retention[2].period = .years(5) }, ["GDPR-5-1-e-PROSPECTS warning /retention/2/period"])
        // An amount whose day count overflows is too long, not a crash.
        for unit in [Period.Unit.years, .months, .workingDays] {
            expectFindings(
                GoodPolicy.with { $0.retention[2].period = Period(Int.max, unit) }, ["GDPR-5-1-e-PROSPECTS warning /retention/2/period"])
        }
    }
}
