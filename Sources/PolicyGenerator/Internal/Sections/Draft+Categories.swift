import PolicyModel

extension Draft {
    /// The essential categories plus a sample of the others, in catalogue order.
    mutating func drawCategories() -> [DataCategory] {
        let count = rng.int(size.dataCategories)
        let essential = CategoryCatalogue.all.filter { CategoryCatalogue.essential.contains($0.id) }
        let others = CategoryCatalogue.all.filter {
            !CategoryCatalogue.essential.contains($0.id) && (profiles || !CategoryCatalogue.profiling.contains($0.id))
        }
        let chosen = Set((essential + rng.sample(others, count: count - essential.count)).map(\.id))
        return CategoryCatalogue.all.filter { chosen.contains($0.id) }.map { entry in
            DataCategory(
                id: DataCategoryID(entry.id), kind: entry.kind, label: text(entry.fr, entry.en),
                examples: entry.examples.map { text($0.0, $0.1) })
        }
    }

    /// The ids of the policy's categories of the given kinds, or all of them when none matches.
    func categoryIDs(ofKinds kinds: Set<DataKind>) -> [DataCategoryID] {
        let matching = categories.filter { kinds.contains($0.kind) }.map(\.id)
        return matching.isEmpty ? categories.prefix(2).map(\.id) : matching
    }
}
