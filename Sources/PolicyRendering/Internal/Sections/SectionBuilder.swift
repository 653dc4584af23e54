/// Builds one section of the statement from the policy, in the composer's language.
///
/// A builder returns no blocks when the section has nothing to say; the section is then left out.
/// Builders decide structure from the model only, so every language gets the same blocks.
protocol SectionBuilder {
    static var kind: StatementSection { get }
    static func blocks(_ composer: Composer) -> [Block]
}

extension SectionBuilder {
    static func section(_ composer: Composer) -> OutlineSection? {
        var blocks = blocks(composer)
        blocks.removeAll { $0.isEmpty }
        guard !blocks.isEmpty else { return nil }
        return OutlineSection(kind: kind, heading: .plain(composer.string(SentenceKey.heading[kind])), blocks: blocks)
    }
}

extension Block {
    /// A paragraph with no text, a list with no items or a table with no rows.
    var isEmpty: Bool {
        switch self {
        case .paragraph(let runs): runs.isEmpty
        case .list(let items): items.isEmpty
        case .table(let table): table.rows.isEmpty
        }
    }
}

/// The template key of each section's heading: the case's name, or its short form, then `.heading`.
enum SectionHeadings {
    static func key(for section: StatementSection) -> String {
        let prefix = switch section {
        case .atAGlance: "glance"
        case .controller: "controller"
        case .dataProtectionOfficer: "dpo"
        case .dataCollected: "data"
        case .purposes: "purposes"
        case .legitimateInterests: "legitimateInterests"
        case .provisionRequirement: "provision"
        case .recipients: "recipients"
        case .transfers: "transfers"
        case .retention: "retention"
        case .rights: "rights"
        case .objection: "objection"
        case .consentWithdrawal: "consentWithdrawal"
        case .complaint: "complaint"
        case .cookies: "cookies"
        case .indirectSources: "indirectSources"
        case .automatedDecisions: "automatedDecisions"
        case .postMortemDirectives: "postMortem"
        case .security: "security"
        case .changes: "changes"
        }
        return prefix + ".heading"
    }
}
