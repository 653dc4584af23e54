/// What is processed, where it comes from, why, for how long, and decided how.
extension PolicySchema {
    static let dataCategory = JSONSchema.object(
        required: [
            "id": ref(.identifier),
            "kind": JSONSchema.oneOf(DataKind.self).described("What the category is about, for rules and summaries."),
            "label": ref(.localized),
            "examples": .array(of: ref(.localized)),
            "concernsChildren": JSONSchema.boolean.described("Whether the category is collected from children."),
        ],
        optional: [
            "special": JSONSchema.oneOf(SpecialCategory.self).described(
                "Set when the category is special (Art. 9(1)) or about offences (Art. 10).")
        ]
    ).described("A category of personal data the controller processes. Art. 13(1)(c), 14(1)(d).")

    static let dataSource = JSONSchema.object(
        required: [
            "id": ref(.identifier),
            "kind": JSONSchema.oneOf(dataSourceKinds).described(
                "dataSubject: collected from the person; observed: while they use a site; thirdParty: received."),
            "description": ref(.localized),
            "dataCategories": JSONSchema.array(of: ref(.identifier)).described("Data category identifiers."),
        ],
        optional: [
            "publiclyAccessible": JSONSchema.boolean.described(
                "Whether a third-party source is publicly accessible (Art. 14(2)(f)).")
        ]
    ).described("Where data comes from: the person (Art. 13) or elsewhere (Art. 14(2)(f)).")

    static let purpose = JSONSchema.object(
        required: [
            "id": ref(.identifier),
            "description": ref(.localized),
            "dataCategories": JSONSchema.array(of: ref(.identifier)).described("Data category identifiers."),
            "legalBasis": JSONSchema.oneOf(LegalBasis.self).described("The lawful basis of Art. 6(1)."),
            "requirement": JSONSchema.oneOf(ProvisionRequirement.self).described(
                "Whether the person must provide the data (Art. 13(2)(e))."),
        ],
        optional: [
            "legitimateInterest": ref(.localized).described(
                "The interest pursued, when the basis is legitimate interests (Art. 13(1)(d))."),
            "consentWithdrawal": ref(.localized).described(
                "How consent is withdrawn, when the basis is consent (Art. 7(3), 13(2)(c))."),
            "specialCategoryCondition": JSONSchema.oneOf(SpecialCategoryCondition.self).described(
                "The Art. 9(2) condition, when special categories are used."),
            "consequencesOfNotProviding": ref(.localized).described(
                "What happens if the data is not provided (Art. 13(2)(e))."),
            "directMarketing": ref(.directMarketing).described(
                "Set when the purpose is direct marketing (Art. 21(2)–(3); CPCE L.34-5 for e-mail)."),
        ]
    ).described("A purpose of processing with its one legal basis. Art. 13(1)(c)–(d), 13(2)(c) and (e).")

    static let directMarketing = JSONSchema.object(required: [
        "channels": .array(of: .oneOf(DirectMarketing.Channel.self)),
        "optOut": ref(.localized).described("How the person stops the messages."),
    ]).described("Direct marketing: the channels used and how the person opts out.")

    static let retention = JSONSchema.object(
        required: [
            "purposes": JSONSchema.array(of: ref(.identifier)).described("Purpose identifiers."),
            "dataCategories": JSONSchema.array(of: ref(.identifier)).described("Data category identifiers."),
            "subject": ref(.localized).described("What the rule is about, in the statement's words."),
        ],
        optional: [
            "period": ref(.period).described("A fixed period; left out when only criteria are given."),
            "startingEvent": ref(.localized).described("The event the period runs from: the last contact."),
            "criteria": ref(.localized).described("The criteria that fix the period."),
            "legalReference": JSONSchema.string.described("The text that imposes the period: CMF art. L.561-12."),
        ]
    ).described("How long data is kept, per purpose or category. Art. 13(2)(a), 14(2)(a).")

    static let automatedDecision = JSONSchema.object(required: [
        "kind": JSONSchema.oneOf(automatedDecisionKinds).described(
            "profiling supports decisions a person takes; solelyAutomatedDecision has legal or similar effects."),
        "purposes": JSONSchema.array(of: ref(.identifier)).described("Purpose identifiers."),
        "logic": ref(.localized).described("The logic involved."),
        "significance": ref(.localized).described("Its significance for the person."),
        "consequences": ref(.localized).described("The consequences the person can expect."),
    ]).described("Automated decision-making, including profiling (Art. 22). Art. 13(2)(f), 14(2)(g).")

    static let dataSourceKinds = DataSource.Kind.allCases.map(\.rawValue)

    static let automatedDecisionKinds = AutomatedDecision.Kind.allCases.map(\.rawValue)
}
