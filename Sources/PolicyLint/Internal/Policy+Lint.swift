import PolicyCatalogue
import PolicyModel

extension Policy {
    /// The purposes whose processing rests on consent: Art. 6(1)(a), or Art. 9(2)(a) for special data.
    var consentPurposeIndices: [Int] {
        var indices: [Int] = []
        // Room for every purpose at once: filtering grew the list by doubling.
        indices.reserveCapacity(purposes.count)
        for i in purposes.indices
        where purposes[i].legalBasis == .consent || purposes[i].specialCategoryCondition == .explicitConsent {
            indices.append(i)
        }
        return indices
    }

    /// Trackers that are not strictly necessary: they read or write an identifier the site does not need.
    var nonEssentialCookieIndices: [Int] {
        var indices: [Int] = []
        // Room for every tracker at once: filtering grew the list by doubling.
        indices.reserveCapacity(cookies.count)
        for i in cookies.indices where cookies[i].category != .strictlyNecessary { indices.append(i) }
        return indices
    }

    /// The data categories the purpose uses.
    func categories(of purpose: Purpose) -> [DataCategory] {
        purpose.dataCategories.compactMap { dataCategory($0) }
    }

    /// A country's name in English, or its code when the catalogue does not know it.
    static func countryName(_ code: CountryCode) -> String {
        Countries.named(code)?.name[.en] ?? code.alpha2
    }
}

extension Localized {
    /// The text for messages, which are in English: the English text, else any.
    var display: String { self[.en] ?? languages.first.flatMap { self[$0] } ?? "" }
}
