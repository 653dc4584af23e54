import PolicyModel

extension Draft {
    /// One rule per purpose, from the catalogue: a period and the event it runs from, or criteria,
    /// and the text that imposes it where there is one.
    func drawRetention() -> [Retention] {
        purposes.compactMap { purpose in
            guard let entry = PurposeCatalogue.all.first(where: { $0.id == purpose.id.rawValue }) else { return nil }
            return Retention(
                purposes: [purpose.id], dataCategories: purpose.dataCategories, subject: purpose.description,
                period: entry.keep.period, startingEvent: entry.keep.from.map { text($0.fr, $0.en) },
                criteria: entry.keep.criteria.map { text($0.fr, $0.en) }, legalReference: entry.keep.law)
        }
    }
}
