import PolicyModel

/// GDPR Art. 14(3): when the information reaches a person whose data comes from elsewhere.
///
/// The statement cannot show its own delivery; the rule reminds, per third-party source, that the
/// notice is due within a month, at the first communication, or before a first disclosure. The
/// model has no field recording how that is done, so the finding is informational.
struct IndirectInformationTiming: LintRule {
    let id = "GDPR-14-3"
    let severity = Severity.info
    let articles = ["GDPR Art. 14(3)"]
    let summary = "Data from a third party: the information is due within one month, or at first contact."
    let explanation = RuleExplanation(
        """
        Publishing the statement on a website does not inform a person who has never visited it. For each \
        third-party source the controller needs a way to reach the person in time.
        """,
        quotes: [LegalQuote(
            "GDPR Art. 14(3)",
            fr: "Le responsable du traitement fournit les informations visées aux paragraphes 1 et 2: a) dans un délai raisonnable après avoir obtenu les données à caractère personnel, mais ne dépassant pas un mois, eu égard aux circonstances particulières dans lesquelles les données à caractère personnel sont traitées; b) si les données à caractère personnel doivent être utilisées aux fins de la communication avec la personne concernée, au plus tard au moment de la première communication à ladite personne; ou c) s'il est envisagé de communiquer les informations à un autre destinataire, au plus tard lorsque les données à caractère personnel sont communiquées pour la première fois.",
            en: "The controller shall provide the information referred to in paragraphs 1 and 2: (a) within a reasonable period after obtaining the personal data, but at the latest within one month, having regard to the specific circumstances in which the personal data are processed; (b) if the personal data are to be used for communication with the data subject, at the latest at the time of the first communication to that data subject; or (c) if a disclosure to another recipient is envisaged, at the latest when the personal data are first disclosed.")])
    let fixHint = "Arrange for the notice to reach people whose data you receive (first e-mail, first call), then waive the reminder with that reason."

    func check(_ policy: Policy, context: LintContext) -> [Finding] {
        policy.sources.enumerated().compactMap { i, source in
            source.isIndirect ? finding(Self.reminder(source.id), at: "/sources" / i) : nil
        }
    }

    static func reminder(_ id: SourceID) -> String {
        "data from source '\(id)' was not collected from the person: the statement must reach them within one month, or at the first contact"
    }
}
