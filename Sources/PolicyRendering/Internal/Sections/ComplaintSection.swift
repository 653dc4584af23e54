import PolicyCatalogue
import PolicyModel

/// Art. 13(2)(d) and 77: the right to lodge a complaint, with the competent authority's details.
enum ComplaintSection: SectionBuilder {
    static let kind = StatementSection.complaint

    static func blocks(_ c: Composer) -> [Block] {
        guard let authority = c.supervisoryAuthority else {
            return [.paragraph(c(.complaintGeneric))]
        }
        return [
            .paragraph(c(.complaintAuthority, ("acronym", .text(authority.acronym)), ("authority", .text(c.text(authority.name))))),
            .list([
                c(.complaintAddress, ("address", .text(c.address(authority.address)))),
                c(.complaintWebsite, ("link", .runs(c.link(authority.website)))),
                c(.complaintOnline, ("link", .runs(c.link(authority.complaintPage)))),
            ]),
        ]
    }
}
