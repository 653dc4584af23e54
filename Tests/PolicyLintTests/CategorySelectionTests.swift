import PolicyModel
import Testing

@testable import PolicyLint

/// The categories of a kind a purpose uses (``CategorySelection``) against the plain reading: each of
/// its identifiers looked up as `Policy.categories(of:)` does (the first category with it), those of
/// the kind kept, in the purpose's order.
@Suite struct CategorySelectionTests {
    /// The generated policies, and one whose categories repeat identifiers, spell one with the Kelvin
    /// sign (equal to `K` as a string), hold one that is not ASCII, and whose purposes name unknown ones.
    static var policies: [Policy] {
        var policies = LintInputTests.policies
        var edited = policies[1]
        let count = edited.dataCategories.count
        edited.dataCategories += edited.dataCategories.prefix(3)
        edited.dataCategories[count + 1].kind = edited.dataCategories[1].kind == .device ? .identity : .device
        edited.dataCategories[0].id = DataCategoryID("K-data")
        edited.dataCategories[2].id = DataCategoryID("d\u{E9}j\u{E0}-vu")
        for i in edited.purposes.indices {
            edited.purposes[i].dataCategories += [
                DataCategoryID("\u{212A}-data"), DataCategoryID("unknown-category"), DataCategoryID("de\u{301}ja\u{300}-vu"),
                edited.dataCategories[i % count].id,
            ]
        }
        policies.append(edited)
        return policies
    }

    @Test func purposesFindTheCategoriesOfAKindAsPlainlyLookedUp() {
        for policy in Self.policies {
            let input = LintInput(policy)
            let categories = policy.dataCategories
            let kinds: [(Int) -> Bool] = [
                { _ in true }, { _ in false }, { $0 % 2 == 1 },
                { categories[$0].kind == .device || categories[$0].kind == .browsing },
                { categories[$0].special != nil },
            ]
            for isWanted in kinds {
                let selection = input.categories(where: isWanted)
                for i in policy.purposes.indices {
                    let plain = policy.purposes[i].dataCategories.compactMap { id in
                        categories.firstIndex { $0.id == id }
                    }.filter(isWanted)
                    #expect(input.categoryOffsets(ofPurpose: i, in: selection) == plain)
                    #expect(input.usesCategory(purpose: i, in: selection) == !plain.isEmpty)
                }
            }
        }
    }
}
