import PolicyCatalogue
import PolicyModel

/// LIL art. 85: directives on the fate of one's data after death, for controllers under French law.
enum PostMortemDirectivesSection: SectionBuilder {
    static let kind = StatementSection.postMortemDirectives

    static func blocks(_ c: Composer) -> [Block] {
        guard c.rights.contains(.postMortemDirectives) else { return [] }
        return [.paragraph(c(.postMortemText, ("link", .runs(c.link(to: .rights)))))]
    }
}
