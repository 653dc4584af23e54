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
        let items = c.rights.filter(listed.contains).map { right in
            c(.rightsItem,
              ("right", .strong(c.string(SentenceKey.rightName[right]))),
              ("description", .runs(c(SentenceKey.rightText[right]))))
        }
        var blocks: [Block] = [.paragraph(c(.rightsIntro)), .list(items)]
        if ObjectionSection.applies(c) {
            blocks.append(.paragraph(c(.rightsObjectionApart, ("link", .runs(c.link(to: .objection))))))
        }
        let channels = c.isMissing("/rights/channels") ? [] : c.channelItems(c.policy.rights.channels)
        if !channels.isEmpty { blocks += [.paragraph(c(.rightsExercise)), .list(channels)] }
        blocks.append(.paragraph(c(.rightsDelay, ("delay", .text(c.period(Law.responseDelay(for: c.policy)))))))
        if !c.isMissing("/rights/identityCheck") {
            let identity: SentenceKey = c.policy.rights.identityCheck == .onReasonableDoubt ? .rightsIdentityOnDoubt : .rightsIdentityAlways
            blocks.append(.paragraph(c(identity)))
        }
        blocks.append(.paragraph(c(.rightsFree)))
        return blocks
    }
}
