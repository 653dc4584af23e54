import PolicyModel

/// GDPR Art. 14(2)(g): the Art. 14 counterpart of ``AutomatedDecisionMaking``, for data not obtained from the person.
extension Article14Twin where Base == AutomatedDecisionMaking {
    static var automatedDecisionMaking: Self {
        Article14Twin(
            base: AutomatedDecisionMaking(), id: "GDPR-14-2-g", articles: ["GDPR Art. 14(2)(g)", "GDPR Art. 14(3)"],
            summary: "Declare profiling and automated decisions to people whose data comes from elsewhere.",
            explanation: RuleExplanation(
                """
                When data comes from a third party (policy sources of kind `thirdParty`), Art. 14 asks for the \
                same item as Art. 13 does for data collected from the person. The check is the one of \
                AutomatedDecisionMaking; findings carry this identifier.
                """,
                quotes: [LegalQuote(
                    "GDPR Art. 14(2)(g)",
                    fr: "En plus des informations visées au paragraphe 1, le responsable du traitement fournit à la personne concernée les informations suivantes nécessaires pour garantir un traitement équitable et transparent à l'égard de la personne concernée" + " : l'existence d'une prise de décision automatisée, y compris un profilage, visée à l'article 22, paragraphes 1 et 4, et, au moins en pareils cas, des informations utiles concernant la logique sous-jacente, ainsi que l'importance et les conséquences prévues de ce traitement pour la personne concernée",
                    en: "In addition to the information referred to in paragraph 1, the controller shall provide the data subject with the following information necessary to ensure fair and transparent processing in respect of the data subject" + ": the existence of automated decision-making, including profiling, referred to in Article 22(1) and (4) and, at least in those cases, meaningful information about the logic involved, as well as the significance and the envisaged consequences of such processing for the data subject")]))
    }
}
