/// The statement and who makes it: policy, revisions, controller, DPO, declared gaps and waivers.
extension PolicySchema {
    static let policy = JSONSchema.object(
        required: [
            "id": ref(.identifier),
            "languages": JSONSchema.array(of: ref(.language)).described("The languages the statement is published in."),
            "version": .string,
            "effectiveDate": ref(.calendarDate),
            "history": .array(of: ref(.revision)),
            "controller": ref(.controller),
            "dataCategories": .array(of: ref(.dataCategory)),
            "sources": .array(of: ref(.dataSource)),
            "purposes": .array(of: ref(.purpose)),
            "recipients": .array(of: ref(.recipient)),
            "transfers": .array(of: ref(.transfer)),
            "retention": .array(of: ref(.retention)),
            "rights": ref(.rightsExercise),
            "automatedDecisions": .array(of: ref(.automatedDecision)),
            "cookies": .array(of: ref(.cookie)),
            "security": JSONSchema.array(of: ref(.localized)).described("The security measures, one text each."),
            "directedAtChildren": JSONSchema.boolean.described(
                "Whether the services are directed at children (Art. 8; LIL art. 45: 15 in France)."),
            "missing": .array(of: ref(.missingFact)),
            "waivers": .array(of: ref(.waiver)),
        ],
        optional: [
            "dpo": ref(.dataProtectionOfficer).described("Left out when the source does not say whether a DPO is designated."),
            "cookieConsent": ref(.cookieConsent),
        ]
    ).described("A controller's privacy statement: everything Arts. 13 and 14 ask it to say.")

    static let revision = JSONSchema.object(required: [
        "version": .string,
        "date": ref(.calendarDate),
        "summary": ref(.localized),
    ]).described("One published version of the statement.")

    static let controller = JSONSchema.object(
        required: [
            "legalName": .string,
            "tradeNames": .array(of: .string),
            "websites": .array(of: ref(.webAddress)),
            "country": ref(.countryCode).described(
                "The country of the main establishment: it fixes the lead supervisory authority."),
            "contact": .array(of: ref(.contactChannel)),
        ],
        optional: [
            "legalForm": JSONSchema.string.described("The legal form as written in the register: SARL, SAS."),
            "registration": ref(.registration),
            "address": ref(.postalAddress),
            "representative": ref(.representative).described(
                "The representative in the Union (Art. 27), for a controller established outside it."),
        ]
    ).described("The controller (Art. 4(7)): who decides why and how the data is processed. Art. 13(1)(a).")

    static let registration = JSONSchema.object(required: [
        "register": .string,
        "number": .string,
    ]).described("An entry in a company register: RCS Bayonne 123 456 789.")

    static let representative = JSONSchema.object(required: [
        "name": .string,
        "contact": .array(of: ref(.contactChannel)),
    ]).described("A representative in the Union (Art. 27).")

    static let dataProtectionOfficer = JSONSchema.object(
        required: [
            "status": .oneOf(dataProtectionOfficerStatuses),
            "contact": .array(of: ref(.contactChannel)),
        ],
        optional: [
            "title": JSONSchema.string.described("The title the statement gives the contact, as published."),
            "name": JSONSchema.string.described("A person's name, only when the controller publishes it."),
            "reasonNotDesignated": ref(.localized).described("Why no DPO is designated."),
        ]
    ).described("Whether a data protection officer (Art. 37) is designated, and how to reach them. Art. 13(1)(b).")

    static let missingFact = JSONSchema.object(required: [
        "field": JSONSchema.string.described("The JSON pointer of the absent field: /controller/registration."),
        "note": JSONSchema.string.described("What the source says, or that it says nothing."),
    ]).described("A fact the statement should give but its source does not: declared, not invented.")

    static let waiver = JSONSchema.object(required: [
        "rule": .string,
        "reason": .string,
    ]).described("A written decision not to apply a lint rule to this policy.")

    static let dataProtectionOfficerStatuses = DataProtectionOfficer.Status.allCases.map(\.rawValue)
}
