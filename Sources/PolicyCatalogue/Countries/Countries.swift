import PolicyModel

/// The countries the catalogue knows, by ISO 3166-1 alpha-2 code.
///
/// The EEA list and the adequacy decisions follow the Commission's published list; entries marked
/// `verified: false` await a primary source.
public enum Countries {
    public static func named(_ code: CountryCode) -> Country? {
        position(of: code).map { all[$0] }
    }

    public static func isKnown(_ code: CountryCode) -> Bool {
        position(of: code) != nil
    }

    /// Where the country `code` names sits in ``all``, or `nil` when the catalogue does not know it:
    /// for tables kept in the same order, such as a language's country names.
    public static func position(of code: CountryCode) -> Int? {
        if let slot = CountryTable.slot(of: code) {
            let offset = byLetters[slot]
            return offset < 0 ? nil : Int(offset)
        }
        return byCode[code]
    }

    /// Whether data sent to `code` leaves the EEA: a country outside it, or a code the catalogue does
    /// not know, which counts as one (`named(code)?.isThirdCountry ?? true`, without copying the country).
    public static func treatedAsThirdCountry(_ code: CountryCode) -> Bool {
        guard let position = position(of: code) else { return true }
        return !inEEA[position]
    }

    public static let all: [Country] = eea + adequate + others

    /// Whether each country of ``all`` is in the EEA, in the same order.
    private static let inEEA: [Bool] = all.map(\.inEEA)

    /// The position in ``all`` of each country, by code.
    private static let byCode: [CountryCode: Int] = Dictionary(
        uniqueKeysWithValues: all.enumerated().map { ($0.element.code, $0.offset) })

    /// For each code of two ASCII capitals (``CountryTable/slot(of:)``), the offset in ``all`` of its
    /// country, or -1: the same answers as ``byCode`` without hashing. Every code of the catalogue is
    /// two ASCII capitals (the tests check it), and an ASCII string equals another string only when
    /// their bytes are the same, so a code with a slot names a country exactly when the table says so.
    private static let byLetters: [Int16] = {
        var table = [Int16](repeating: -1, count: CountryTable.slotCount)
        for (offset, country) in all.enumerated() {
            guard let slot = CountryTable.slot(of: country.code) else { continue }
            table[slot] = Int16(offset)
        }
        return table
    }()

    private static func date(_ y: Int, _ m: Int, _ d: Int) -> CalendarDate {
        guard let date = CalendarDate(year: y, month: m, day: d) else { preconditionFailure("bad date \(y)-\(m)-\(d)") }
        return date
    }

    /// EU27 plus Iceland, Liechtenstein and Norway.
    static let eea: [Country] = [
        Country("AT", fr: "Autriche", en: "Austria", inEEA: true),
        Country("BE", fr: "Belgique", en: "Belgium", inEEA: true),
        Country("BG", fr: "Bulgarie", en: "Bulgaria", inEEA: true),
        Country("HR", fr: "Croatie", en: "Croatia", inEEA: true),
        Country("CY", fr: "Chypre", en: "Cyprus", inEEA: true),
        Country("CZ", fr: "Tchéquie", en: "Czechia", inEEA: true),
        Country("DK", fr: "Danemark", en: "Denmark", inEEA: true),
        Country("EE", fr: "Estonie", en: "Estonia", inEEA: true),
        Country("FI", fr: "Finlande", en: "Finland", inEEA: true),
        Country("FR", fr: "France", en: "France", inEEA: true),
        Country("DE", fr: "Allemagne", en: "Germany", inEEA: true),
        Country("GR", fr: "Grèce", en: "Greece", inEEA: true),
        Country("HU", fr: "Hongrie", en: "Hungary", inEEA: true),
        Country("IE", fr: "Irlande", en: "Ireland", inEEA: true),
        Country("IT", fr: "Italie", en: "Italy", inEEA: true),
        Country("LV", fr: "Lettonie", en: "Latvia", inEEA: true),
        Country("LT", fr: "Lituanie", en: "Lithuania", inEEA: true),
        Country("LU", fr: "Luxembourg", en: "Luxembourg", inEEA: true),
        Country("MT", fr: "Malte", en: "Malta", inEEA: true),
        Country("NL", fr: "Pays-Bas", en: "Netherlands", inEEA: true),
        Country("PL", fr: "Pologne", en: "Poland", inEEA: true),
        Country("PT", fr: "Portugal", en: "Portugal", inEEA: true),
        Country("RO", fr: "Roumanie", en: "Romania", inEEA: true),
        Country("SK", fr: "Slovaquie", en: "Slovakia", inEEA: true),
        Country("SI", fr: "Slovénie", en: "Slovenia", inEEA: true),
        Country("ES", fr: "Espagne", en: "Spain", inEEA: true),
        Country("SE", fr: "Suède", en: "Sweden", inEEA: true),
        Country("IS", fr: "Islande", en: "Iceland", inEEA: true),
        Country("LI", fr: "Liechtenstein", en: "Liechtenstein", inEEA: true),
        Country("NO", fr: "Norvège", en: "Norway", inEEA: true),
    ]

    /// Third countries with an adequacy decision (Art. 45), from the Commission's list.
    static let adequate: [Country] = [
        Country("CH", fr: "Suisse", en: "Switzerland", adequacy: .init("2000/518/EC", adopted: date(2000, 7, 26))),
        Country("CA", fr: "Canada", en: "Canada",
                adequacy: .init("2002/2/EC", adopted: date(2001, 12, 20), scope: .pipedaOrganisations)),
        Country("AR", fr: "Argentine", en: "Argentina", adequacy: .init("2003/490/EC", adopted: date(2003, 6, 30))),
        Country("GG", fr: "Guernesey", en: "Guernsey", adequacy: .init("2003/821/EC", adopted: date(2003, 11, 21))),
        Country("IM", fr: "Île de Man", en: "Isle of Man", adequacy: .init("2004/411/EC", adopted: date(2004, 4, 28))),
        Country("JE", fr: "Jersey", en: "Jersey", adequacy: .init("2008/393/EC", adopted: date(2008, 5, 8))),
        Country("FO", fr: "Îles Féroé", en: "Faroe Islands", adequacy: .init("2010/146/EU", adopted: date(2010, 3, 5))),
        Country("AD", fr: "Andorre", en: "Andorra", adequacy: .init("2010/625/EU", adopted: date(2010, 10, 19))),
        Country("IL", fr: "Israël", en: "Israel",
                adequacy: .init("2011/61/EU", adopted: date(2011, 1, 31), scope: .automatedProcessing)),
        Country("UY", fr: "Uruguay", en: "Uruguay", adequacy: .init("2012/484/EU", adopted: date(2012, 8, 21))),
        Country("NZ", fr: "Nouvelle-Zélande", en: "New Zealand",
                adequacy: .init("2013/65/EU", adopted: date(2012, 12, 19))),
        Country("JP", fr: "Japon", en: "Japan",
                adequacy: .init("(EU) 2019/419", adopted: date(2019, 1, 23), scope: .appiBusinessOperators)),
        Country("GB", fr: "Royaume-Uni", en: "United Kingdom",
                adequacy: .init("(EU) 2021/1772", adopted: date(2021, 6, 28), expires: date(2031, 12, 27))),
        Country("KR", fr: "République de Corée", en: "Republic of Korea",
                adequacy: .init("(EU) 2022/254", adopted: date(2021, 12, 17), scope: .excludesSomeSectors)),
        Country("US", fr: "États-Unis", en: "United States",
                adequacy: .init("(EU) 2023/1795", adopted: date(2023, 7, 10), scope: .dpfCertifiedOrganisations)),
        // ⚠ Unverified: reference and date from the project's reference notes only (gdpr-rules.md §3).
        Country("BR", fr: "Brésil", en: "Brazil",
                adequacy: .init("(EU) 2026/179", adopted: date(2026, 1, 26), verified: false)),
    ]

    /// Third countries without an adequacy decision that policies commonly name.
    static let others: [Country] = [
        Country("AU", fr: "Australie", en: "Australia"),
        Country("CN", fr: "Chine", en: "China"),
        Country("IN", fr: "Inde", en: "India"),
        Country("SG", fr: "Singapour", en: "Singapore"),
        Country("MA", fr: "Maroc", en: "Morocco"),
        Country("TN", fr: "Tunisie", en: "Tunisia"),
        Country("ZA", fr: "Afrique du Sud", en: "South Africa"),
        Country("MX", fr: "Mexique", en: "Mexico"),
        Country("RU", fr: "Russie", en: "Russia"),
        Country("TR", fr: "Turquie", en: "Türkiye"),
        Country("AE", fr: "Émirats arabes unis", en: "United Arab Emirates"),
        Country("HK", fr: "Hong Kong", en: "Hong Kong"),
        Country("UA", fr: "Ukraine", en: "Ukraine"),
        Country("MC", fr: "Monaco", en: "Monaco"),
    ]
}
