import PolicyModel

/// GDPR Art. 9(1)–(2): special categories of data only under an Art. 9(2) condition, stated per purpose.
struct SpecialCategoriesCondition: InputRule {
    let id = "GDPR-9"
    let severity = Severity.error
    let articles = ["GDPR Art. 9(1)", "GDPR Art. 9(2)"]
    let summary = "State the Art. 9(2) condition of each purpose that uses special categories of data."
    let explanation = RuleExplanation(
        """
        Health, biometric, religious and other special data are prohibited unless one of the conditions of \
        Art. 9(2) applies, usually explicit consent. The legal basis of Art. 6 is not enough.
        """,
        quotes: [LegalQuote(
            "GDPR Art. 9(1)",
            fr: "Le traitement des données à caractère personnel qui révèle l'origine raciale ou ethnique, les opinions politiques, les convictions religieuses ou philosophiques ou l'appartenance syndicale, ainsi que le traitement des données génétiques, des données biométriques aux fins d'identifier une personne physique de manière unique, des données concernant la santé ou des données concernant la vie sexuelle ou l'orientation sexuelle d'une personne physique sont interdits.",
            en: "Processing of personal data revealing racial or ethnic origin, political opinions, religious or philosophical beliefs, or trade union membership, and the processing of genetic data, biometric data for the purpose of uniquely identifying a natural person, data concerning health or data concerning a natural person's sex life or sexual orientation shall be prohibited.")])
    let fixHint = "Set `specialCategoryCondition` on the purpose (usually `explicitConsent`), or stop using the data."

    func check(_ input: LintInput, context: LintContext) -> [Finding] {
        // Purposes and categories are read in place, by index and offset, rather than copied.
        let purposes = input.policy.purposes
        let categories = input.policy.dataCategories
        let specialCategories = input.categories {
            categories[$0].special != nil && categories[$0].special != .criminalOffences
        }
        guard !specialCategories.isEmpty else { return [] }
        return purposes.indices.compactMap { i in
            guard purposes[i].specialCategoryCondition == nil else { return nil }
            let special = input.categoryOffsets(ofPurpose: i, in: specialCategories)
            guard !special.isEmpty else { return nil }
            return finding(
                Self.noCondition(purposes[i].id, special.map { categories[$0].id.rawValue }),
                at: "/purposes" / i / "specialCategoryCondition")
        }
    }

    static func noCondition(_ id: PurposeID, _ categories: [String]) -> String {
        "purpose '\(id)' uses special categories (\(categories.joined(separator: ", "))) without an Art. 9(2) condition"
    }
}
