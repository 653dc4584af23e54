import PolicyModel

/// GDPR Art. 12(6): proof of identity only when there is reasonable doubt.
struct IdentityVerification: LintRule {
    let id = "GDPR-12-6"
    let severity = Severity.warning
    let articles = ["GDPR Art. 12(6)", "GDPR Art. 5(1)(c)"]
    let summary = "Ask for proof of identity only when there is reasonable doubt about who is asking."
    let explanation = RuleExplanation(
        """
        Demanding a copy of an identity document for every request deters people from using their rights and \
        collects more data than needed. The CNIL accepts such a request only when a doubt cannot be lifted \
        otherwise (a request from the e-mail address already known needs none).
        """,
        quotes: [LegalQuote(
            "GDPR Art. 12(6)",
            fr: "Sans préjudice de l'article 11, lorsque le responsable du traitement a des doutes raisonnables quant à l'identité de la personne physique présentant la demande visée aux articles 15 à 21, il peut demander que lui soient fournies des informations supplémentaires nécessaires pour confirmer l'identité de la personne concernée.",
            en: "Without prejudice to Article 11, where the controller has reasonable doubts concerning the identity of the natural person making the request referred to in Articles 15 to 21, the controller may request the provision of additional information necessary to confirm the identity of the data subject.")])
    let fixHint = "Set `rights.identityCheck` to `onReasonableDoubt`."

    /// A check the policy declares missing is not judged: its value stands in for a fact the source does not
    /// give as the model can hold it, and the statement does not show it.
    func check(_ policy: Policy, context: LintContext) -> [Finding] {
        guard policy.rights.identityCheck == .everyRequest,
            policy.declaredMissingFact(covering: "/rights/identityCheck") == nil
        else { return [] }
        return [finding(Self.everyRequest(), at: "/rights/identityCheck")]
    }

    static func everyRequest() -> String {
        "the statement asks for proof of identity with every request, not only on reasonable doubt"
    }
}
