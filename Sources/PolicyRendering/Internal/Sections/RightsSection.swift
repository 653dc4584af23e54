import PolicyCatalogue
import PolicyModel

/// Art. 13(2)(b): the rights that apply, how to exercise them, the response delay and the identity check.
///
/// Objection, withdrawal of consent and directives after death have their own sections.
enum RightsSection: SectionBuilder {
    static let kind = StatementSection.rights

    /// The rights listed here; the others are shown apart.
    static let listed: [DataSubjectRight] = [.access, .rectification, .erasure, .restriction, .portability, .humanIntervention]

    static func blocks(_ c: Composer) -> [Block] {
        let rights = Law.rights(for: c.policy)
        let items = rights.filter(listed.contains).map { right in
            c("rights.item", [
                "right": [.strong(c.string("right.\(right.rawValue).name"))],
                "description": c("right.\(right.rawValue).text"),
            ])
        }
        var blocks: [Block] = [.paragraph(c("rights.intro")), .list(items)]
        if ObjectionSection.applies(c) {
            blocks.append(.paragraph(c("rights.objectionApart", ["link": c.link(to: .objection)])))
        }
        let channels = c.isMissing("/rights/channels") ? [] : c.channelItems(c.policy.rights.channels)
        if !channels.isEmpty { blocks += [.paragraph(c("rights.exercise")), .list(channels)] }
        let delay: [Inline] = [.text(c.period(Law.responseDelay(for: c.policy)))]
        blocks.append(.paragraph(c("rights.delay", ["delay": delay])))
        if !c.isMissing("/rights/identityCheck") {
            let identity = c.policy.rights.identityCheck == .onReasonableDoubt ? "rights.identityOnDoubt" : "rights.identityAlways"
            blocks.append(.paragraph(c(identity)))
        }
        blocks.append(.paragraph(c("rights.free")))
        return blocks
    }
}
