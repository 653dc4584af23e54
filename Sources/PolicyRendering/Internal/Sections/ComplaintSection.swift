import PolicyCatalogue
import PolicyModel

/// Art. 13(2)(d) and 77: the right to lodge a complaint, with the competent authority's details.
enum ComplaintSection: SectionBuilder {
    static let kind = StatementSection.complaint

    static func blocks(_ c: Composer) -> [Block] {
        guard let authority = Law.supervisoryAuthority(for: c.policy) else {
            return [.paragraph(c("complaint.generic"))]
        }
        return [
            .paragraph(c("complaint.authority", [
                "acronym": [.text(authority.acronym)], "authority": [.text(c.text(authority.name))],
            ])),
            .list([
                c("complaint.address", ["address": [.text(c.address(authority.address))]]),
                c("complaint.website", ["link": c.link(authority.website)]),
                c("complaint.online", ["link": c.link(authority.complaintPage)]),
            ]),
        ]
    }
}
