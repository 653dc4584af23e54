import PolicyModel

/// A published page that lost a required disclosure: checked on rendered HTML by ``RenderedPageCheck``.
///
/// The model may be complete and the page still not: a template edited by hand, a section dropped.
/// Each required item is found by its `data-gdpr` marker; the message names the article.
struct RenderedDisclosures: LintRule {
    let id = RenderedPageCheck.ruleID
    let severity = Severity.error
    let articles = ["GDPR Art. 12(1)", "GDPR Art. 13", "GDPR Art. 14", "GDPR Art. 21(4)", "LIL art. 82", "LIL art. 85"]
    let summary = "Every disclosure the policy requires appears on each published page."
    let explanation = RuleExplanation(
        """
        The information must reach the person in each language of publication. The rendered pages mark each \
        disclosure with `data-gdpr` (`13(1)(a)`, `21(4)`, `LIL-82`…); which markers are required follows from \
        the model (`13(1)(f)` only with transfers, `13(1)(b)` only with a DPO, the Art. 14 items only with \
        indirect sources). This rule runs on pages, not on the model.
        """,
        quotes: [LegalQuote(
            "GDPR Art. 12(1)",
            fr: "Le responsable du traitement prend des mesures appropriées pour fournir toute information visée aux articles 13 et 14 ainsi que pour procéder à toute communication au titre des articles 15 à 22 et de l'article 34 en ce qui concerne le traitement à la personne concernée d'une façon concise, transparente, compréhensible et aisément accessible, en des termes clairs et simples",
            en: "The controller shall take appropriate measures to provide any information referred to in Articles 13 and 14 and any communication under Articles 15 to 22 and 34 relating to processing to the data subject in a concise, transparent, intelligible and easily accessible form, using clear and plain language")])
    let fixHint = "Restore the section in the templates and render again; check the element keeps its `data-gdpr` marker."

    func check(_ policy: Policy, context: LintContext) -> [Finding] { [] }
}
