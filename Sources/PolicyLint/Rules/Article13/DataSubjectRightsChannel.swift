import PolicyCatalogue
import PolicyModel

/// GDPR Art. 13(2)(b): the rights of access, rectification, erasure, restriction, objection and
/// portability, and a way to exercise them.
///
/// Which rights apply is derived by the catalogue (``Law/rights(for:)``) and rendered; the policy must
/// give the channel through which they are exercised (Art. 12(2) asks the controller to facilitate it).
struct DataSubjectRightsChannel: DisclosureRule {
    let id = "GDPR-13-2-b"
    let severity = Severity.error
    let articles = ["GDPR Art. 13(2)(b)", "GDPR Art. 12(2)"]
    let summary = "Give a channel through which the person exercises their rights."
    let explanation = RuleExplanation(
        """
        The rights that apply follow from the legal bases and are rendered from the catalogue. The \
        statement must still say where to send a request: an e-mail address, a web form or a postal address.
        """,
        quotes: [
            LegalQuote(
                "GDPR Art. 13(2)(b)",
                fr: "l'existence du droit de demander au responsable du traitement l'accès aux données à caractère personnel, la rectification ou l'effacement de celles-ci, ou une limitation du traitement relatif à la personne concernée, ou du droit de s'opposer au traitement et du droit à la portabilité des données",
                en: "the existence of the right to request from the controller access to and rectification or erasure of personal data or restriction of processing concerning the data subject or to object to processing as well as the right to data portability"),
            LegalQuote(
                "GDPR Art. 12(2)",
                fr: "Le responsable du traitement facilite l'exercice des droits conférés à la personne concernée au titre des articles 15 à 22.",
                en: "The controller shall facilitate the exercise of data subject rights under Articles 15 to 22."),
        ])
    let fixHint = "Declare at least one channel in `rights.channels` (e-mail, web form or postal address)."

    func disclosureFindings(_ input: LintInput, context: LintContext) -> [Finding] {
        let policy = input.policy
        guard policy.rights.channels.isEmpty else { return [] }
        let rights = Law.rights(for: policy).map(\.rawValue).joined(separator: ", ")
        return [finding(Self.noChannel(), at: "/rights/channels", notes: ["rights that apply: \(rights)"])]
    }

    static func noChannel() -> String {
        "the statement gives no channel through which the person can exercise their rights"
    }
}
