import PolicyCatalogue
import PolicyModel

extension Policy {
    /// Whether `name` designates the controller itself (its legal or trade name).
    func isController(_ name: String) -> Bool {
        let candidate = name.lowercased()
        return ([controller.legalName] + controller.tradeNames).contains { own in
            let own = own.lowercased()
            return !own.isEmpty && (candidate.contains(own) || own.contains(candidate))
        }
    }

    /// The recipient that `provider` (a tracker's provider, say) names, if the statement lists it.
    func recipientIndex(named provider: String) -> Int? {
        let wanted = provider.lowercased()
        for (index, candidate) in recipients.enumerated() {
            for name in candidate.name.texts.values.map({ $0.lowercased() })
            where !name.isEmpty && (name.contains(wanted) || wanted.contains(name)) {
                return index
            }
        }
        return nil
    }

    /// The purposes whose processing rests on consent: Art. 6(1)(a), or Art. 9(2)(a) for special data.
    var consentPurposeIndices: [Int] {
        purposes.indices.filter {
            purposes[$0].legalBasis == .consent || purposes[$0].specialCategoryCondition == .explicitConsent
        }
    }

    /// Trackers that are not strictly necessary: they read or write an identifier the site does not need.
    var nonEssentialCookieIndices: [Int] {
        cookies.indices.filter { cookies[$0].category != .strictlyNecessary }
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
