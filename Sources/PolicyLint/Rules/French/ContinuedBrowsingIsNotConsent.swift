import PolicyModel

/// CNIL délibération 2020-091 (art. 2) and GDPR Art. 4(11): continuing to browse is not consent.
struct ContinuedBrowsingIsNotConsent: InputRule {
    let id = "FR-CNIL-COOKIE-BROWSE"
    let severity = Severity.error
    let articles = ["CNIL délibération 2020-091", "GDPR Art. 4(11)", "GDPR Art. 7(1)", "LIL art. 82"]
    let summary = "Never infer consent from continued browsing or use of the site."
    let explanation = RuleExplanation(
        """
        Consent is a clear affirmative act (Art. 4(11)). "By continuing to browse you accept cookies" / « En \
        poursuivant votre navigation… vous acceptez » takes silence for consent; the CNIL ended the practice \
        in 2019 and its 2020 guidelines confirm it (Conseil d'État, 19 June 2020, no. 434684). Any text of the \
        statement using that wording, in either language, is reported.
        """,
        quotes: [
            LegalQuote(
                "GDPR Art. 4(11)",
                fr: "« consentement » de la personne concernée, toute manifestation de volonté, libre, spécifique, éclairée et univoque par laquelle la personne concernée accepte, par une déclaration ou par un acte positif clair, que des données à caractère personnel la concernant fassent l'objet d'un traitement",
                en: "‘consent’ of the data subject means any freely given, specific, informed and unambiguous indication of the data subject's wishes by which he or she, by a statement or by a clear affirmative action, signifies agreement to the processing of personal data relating to him or her"),
            // ⚠ Wording from the project's reference notes; check against the deliberation on Légifrance.
            LegalQuote(
                "CNIL délibération 2020-091",
                fr: "la simple poursuite de la navigation sur un site ne peut plus être regardée comme une expression valide du consentement",
                en: "(translation) merely continuing to browse a site can no longer be regarded as a valid expression of consent"),
        ])
    let fixHint = "Replace the wording with a banner offering “Accept all” and “Refuse all” buttons."

    func check(_ input: LintInput, context: LintContext) -> [Finding] {
        input.firstMatches(Self.browsing).map { field, language, match in
            finding(Self.impliedConsent(match, language), at: field.pointer)
        }
    }

    static let browsing: LanguagePatterns = [
        .en: #"\bby (using|browsing|continuing)\b"#, .fr: #"\ben (poursuivant|naviguant|utilisant)\b"#,
    ]

    static func impliedConsent(_ match: String, _ language: Language) -> String {
        "the text infers consent from use of the site (\(Wording.quoted(match)), \(language.code)): continued browsing is not consent"
    }
}
