import PolicyModel

/// GDPR Art. 13(2)(e): whether providing the data is a statutory or contractual requirement, and the
/// consequences of not providing it.
///
/// Art. 14 has no counterpart: the item concerns data the person provides.
struct StatutoryOrContractualRequirement: LintRule {
    let id = "GDPR-13-2-e"
    let severity = Severity.error
    let articles = ["GDPR Art. 13(2)(e)"]
    let summary = "For data the person must provide, say why and what happens if they do not."
    let explanation = RuleExplanation(
        """
        A purpose whose data is required by law, by a contract, or to enter into one, tells the person so \
        and says what follows from not providing it (the request cannot be answered, the mandate cannot be \
        signed). Voluntary data needs no consequence.
        """,
        quotes: [LegalQuote(
            "GDPR Art. 13(2)(e)",
            fr: "des informations sur la question de savoir si l'exigence de fourniture de données à caractère personnel a un caractère réglementaire ou contractuel ou si elle conditionne la conclusion d'un contrat et si la personne concernée est tenue de fournir les données à caractère personnel, ainsi que sur les conséquences éventuelles de la non-fourniture de ces données",
            en: "whether the provision of personal data is a statutory or contractual requirement, or a requirement necessary to enter into a contract, as well as whether the data subject is obliged to provide the personal data and of the possible consequences of failure to provide such data")])
    let fixHint = "Give each required purpose a `consequencesOfNotProviding` text."

    func check(_ policy: Policy, context: LintContext) -> [Finding] {
        guard policy.hasDirectCollection else { return [] }
        // Purposes are read in place, by index, rather than copied.
        let purposes = policy.purposes
        return purposes.indices.compactMap { i in
            purposes[i].requirement != .voluntary && purposes[i].consequencesOfNotProviding == nil
                ? finding(
                    Self.noConsequence(purposes[i].id, purposes[i].requirement),
                    at: "/purposes" / i / "consequencesOfNotProviding")
                : nil
        }
    }

    static func noConsequence(_ id: PurposeID, _ requirement: ProvisionRequirement) -> String {
        let why = switch requirement {
        case .statutory: "required by law"
        case .contractual: "required by the contract"
        case .contractPrerequisite: "required to enter into a contract"
        case .voluntary: "voluntary"
        }
        return "purpose '\(id)' says its data is \(why) but not what happens if it is not provided"
    }
}
