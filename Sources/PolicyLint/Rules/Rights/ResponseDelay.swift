import PolicyCatalogue
import PolicyModel

/// GDPR Art. 12(3): requests are answered without undue delay and within one month.
struct ResponseDelay: LintRule {
    let id = "GDPR-12-3"
    let severity = Severity.error
    let articles = ["GDPR Art. 12(3)"]
    let summary = "Commit to answering requests within one month at most."
    let explanation = RuleExplanation(
        """
        A shorter commitment is welcome (fifteen working days is about three weeks). A longer one breaches \
        the rule: the two-month extension is for complex or numerous requests, announced within the first \
        month with reasons, never a standing delay. The check counts a month as 31 days.
        """,
        quotes: [LegalQuote(
            "GDPR Art. 12(3)",
            fr: "Le responsable du traitement fournit à la personne concernée des informations sur les mesures prises à la suite d'une demande formulée en application des articles 15 à 22, dans les meilleurs délais et en tout état de cause dans un délai d'un mois à compter de la réception de la demande. Au besoin, ce délai peut être prolongé de deux mois, compte tenu de la complexité et du nombre de demandes.",
            en: "The controller shall provide information on action taken on a request under Articles 15 to 22 to the data subject without undue delay and in any event within one month of receipt of the request. That period may be extended by two further months where necessary, taking into account the complexity and number of the requests.")])
    let fixHint = "Set `rights.responseDelay` to one month or less, or leave it out for the legal month."

    func check(_ policy: Policy, context: LintContext) -> [Finding] {
        let delay = Law.responseDelay(for: policy)
        guard delay.maximumDays > 31 else { return [] }
        return [finding(Self.tooLong(delay), at: "/rights/responseDelay")]
    }

    static func tooLong(_ delay: Period) -> String {
        "the statement commits to answering within \(delay.amount) \(delay.unit.rawValue), longer than the one month the law allows"
    }
}
