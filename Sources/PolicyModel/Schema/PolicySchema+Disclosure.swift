/// Who receives the data, where it goes, how rights are exercised, and the trackers.
extension PolicySchema {
    static let recipient = JSONSchema.object(
        required: [
            "id": ref(.identifier),
            "name": ref(.localized).described("The legal entity, the department, or the category of recipients."),
            "role": JSONSchema.oneOf(RecipientRole.self).described("What the recipient is, in the law's terms."),
            "service": ref(.localized).described("What the recipient does with the data."),
            "processingCountries": JSONSchema.array(of: ref(.countryCode)).described(
                "Where the recipient processes or hosts the data; empty when the source does not say."),
            "purposes": JSONSchema.array(of: ref(.identifier)).described("Purpose identifiers."),
            "dataCategories": JSONSchema.array(of: ref(.identifier)).described("Data category identifiers."),
            "subProcessors": .array(of: ref(.subProcessor)),
        ],
        optional: [
            "privacyNotice": ref(.webAddress).described(
                "The recipient's own privacy notice, when it is an independent controller.")
        ]
    ).described("Someone who receives personal data (Art. 4(9)). Art. 13(1)(e).")

    static let subProcessor = JSONSchema.object(required: [
        "name": .string,
        "processingCountries": .array(of: ref(.countryCode)),
    ]).described("A processor engaged by a processor (Art. 28(2), (4)).")

    static let transfer = JSONSchema.object(
        required: [
            "recipient": ref(.identifier).described("The recipient's identifier."),
            "country": ref(.countryCode),
            "mechanism": JSONSchema.oneOf(TransferMechanism.self).described(
                "The legal instrument the transfer relies on."),
        ],
        optional: [
            "importer": JSONSchema.string.described(
                "The entity that receives the data abroad, when it is not the recipient itself."),
            "reference": JSONSchema.string.described("The decision, clauses or rules relied on: (EU) 2021/914."),
            "copy": ref(.localized).described("How to obtain a copy of the safeguard, or where it is published."),
            "certificationCheckedOn": ref(.calendarDate).described(
                "For the Data Privacy Framework: the day the importer was seen on the official list."),
            "derogation": JSONSchema.oneOf(Derogation.self).described("For an Art. 49(1) derogation: which one."),
        ]
    ).described("A transfer of personal data to a third country (Chapter V). Art. 13(1)(f), 14(1)(f).")

    static let rightsExercise = JSONSchema.object(
        required: [
            "channels": .array(of: ref(.contactChannel)),
            "identityCheck": JSONSchema.oneOf(IdentityCheck.self).described(
                "When the controller asks for proof of identity (Art. 12(6))."),
        ],
        optional: [
            "responseDelay": ref(.period).described(
                "The delay the controller commits to; left out for the legal one month (Art. 12(3)).")
        ]
    ).described("How a person exercises the rights of Arts. 15–22: channels, identity check, response delay.")

    static let cookie = JSONSchema.object(
        required: [
            "name": ref(.localizedName).described(
                "The technical name (_ga), or the name of a group of trackers in each language (advertising cookies)."),
            "category": JSONSchema.oneOf(CookieCategory.self).described("What the tracker is for, in the CNIL's categories."),
            "description": ref(.localized),
            "sessionOnly": JSONSchema.boolean.described("Whether it is deleted when the browser closes."),
            "consentRequired": .boolean,
        ],
        optional: [
            "provider": JSONSchema.string.described(
                "Who sets and reads it: the site, or a third party; left out when the source does not say."),
            "lifetime": ref(.period).described("How long it stays on the device; left out when the source does not say."),
        ]
    ).described("A cookie or other tracker (LIL art. 82; ePrivacy art. 5(3)).")

    static let cookieConsent = JSONSchema.object(
        required: [
            "mechanism": ref(.localized).described("The mechanism in the statement's words (banner, settings page)."),
            "refuseAsEasyAsAccept": JSONSchema.boolean.described(
                "Whether refusing is offered at the same level as accepting (CNIL 2020-092)."),
        ],
        optional: [
            "choiceKeptMonths": JSONSchema.integer.described("How long the choice is kept, in months.")
        ]
    ).described("How consent to trackers is collected and refused.")
}
