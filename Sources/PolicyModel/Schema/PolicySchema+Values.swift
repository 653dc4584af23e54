/// The value types: identifiers, codes, dates, links, texts, periods, addresses, channels.
extension PolicySchema {
    /// ``Identifier``: a lowercase ASCII letter, then up to 63 lowercase letters, digits or `-`.
    public static let identifierPattern = "^[a-z][a-z0-9-]{0,63}$"
    /// ``CountryCode``: two capital letters.
    public static let countryCodePattern = "^[A-Z]{2}$"
    /// ``CalendarDate``: `YYYY-MM-DD` in ASCII digits; whether the day exists and lies within
    /// ``CalendarDate/years`` is the decoder's to say, as the description does.
    public static let calendarDatePattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
    /// ``Language``: two or three lowercase letters.
    public static let languagePattern = "^[a-z]{2,3}$"
    /// ``WebAddress``: an `http(s)://`, `mailto:` or `tel:` link (scheme in any case) without white
    /// space, controls, quotes, angle brackets, ``` ` ```, `\`, `{`, `}`, `|`, `^` or bidirectional marks.
    public static let webAddressPattern =
        #"^(?:[Hh][Tt][Tt][Pp][Ss]?://|[Mm][Aa][Ii][Ll][Tt][Oo]:|[Tt][Ee][Ll]:)"#
        + #"[^"'<>`\\{}|^\x00-\x20\x7F-\x9F\u200B-\u200F\u202A-\u202E\u2066-\u2069]+$"#
    /// ``WebAddress``: the longest link accepted.
    public static let webAddressMaximumLength = 2048

    static let identifier = JSONSchema.string(pattern: identifierPattern).described(
        "An identifier: lowercase ASCII letters, digits and '-', starting with a letter, at most 64 characters.")

    static let countryCode = JSONSchema.string(pattern: countryCodePattern).described(
        "An ISO 3166-1 alpha-2 country code: FR, US.")

    static let calendarDate = JSONSchema.string(pattern: calendarDatePattern).described(
        "A day in the Gregorian calendar, YYYY-MM-DD, from \(CalendarDate.years.lowerBound)-01-01 to "
            + "\(CalendarDate.years.upperBound)-12-31: 2018-04-20.")

    static let language = JSONSchema.string(pattern: languagePattern).described(
        "A language as a BCP 47 primary tag: fr, en.")

    static let webAddress = JSONSchema.string(pattern: webAddressPattern, maxLength: webAddressMaximumLength)
        .described("A link a statement may publish: https, http, mailto or tel only.")

    static let localized = JSONSchema.map(
        keys: languagePattern, values: .string, required: Language.required.map(\.code)
    ).described("A text in every language of the statement, by language code.")

    /// A name as ``Localized/sameInEveryLanguage`` writes it: a string, or a text per language.
    static let localizedName = JSONSchema.anyOf(.string, ref(.localized)).described(
        "A name: a string, the same in every language (a technical or proper name), or a text per language.")

    static let period = JSONSchema.object(required: [
        "amount": JSONSchema.integer(minimum: 1, maximum: Period.maximumAmount).described(
            "How many units: a whole number from 1 to \(Period.maximumAmount)."),
        "unit": .oneOf(Period.Unit.self),
    ]).described("A length of time: days, working days, months or years.")

    static let postalAddress = JSONSchema.object(
        required: [
            "lines": .array(of: .string).described("Street lines, or a business-park name, as the source writes them."),
            "country": ref(.countryCode),
        ],
        optional: [
            "postalCode": .string,
            "locality": .string,
        ]
    ).described("A postal address; each part the source does not give may be left out.")

    static let contactChannel = JSONSchema.object(
        required: [
            "kind": JSONSchema.oneOf(ContactChannel.Kind.self).described(
                "email, phone (international form) and webForm (https address) give `value`; post gives `address`.")
        ],
        optional: [
            "value": .string,
            "address": ref(.postalAddress),
        ]
    ).described("A way to reach the controller, its DPO or the rights desk.")
}
