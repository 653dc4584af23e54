import PolicyModel

extension Draft {
    /// The essential purposes, those the trackers serve (and targeted advertising when the agency
    /// profiles), plus a sample of the others; each uses the policy's categories of its kinds, and every category is used by some purpose.
    mutating func drawPurposes() -> [Purpose] {
        let count = rng.int(size.purposes)
        let trackerPurposes = cookies.compactMap { PurposeCatalogue.trackerPurposes[$0.category] }
        let required = PurposeCatalogue.essential.union(profiles ? PurposeCatalogue.profiling : [])
            .union(trackerPurposes)
        let essential = PurposeCatalogue.all.filter { required.contains($0.id) }
        let others = PurposeCatalogue.all.filter {
            !required.contains($0.id) && !PurposeCatalogue.profiling.contains($0.id)
        }
        let chosen = Set((essential + rng.sample(others, count: count - essential.count)).map(\.id))
        var purposes = PurposeCatalogue.all.filter { chosen.contains($0.id) }.map { purpose(from: $0) }
        let used = Set(purposes.flatMap(\.dataCategories))
        for category in categories where !used.contains(category.id) {
            let k = rng.below(purposes.count)
            purposes[k].dataCategories.append(category.id)
        }
        return purposes
    }

    mutating func purpose(from entry: PurposeCatalogue.Entry) -> Purpose {
        var purpose = Purpose(
            id: PurposeID(entry.id), description: text(entry.fr, entry.en),
            dataCategories: categoryIDs(ofKinds: entry.kinds), legalBasis: entry.basis)
        let detail = entry.detail.map { text($0.fr, $0.en) }
        switch entry.basis {
        case .consent:
            purpose.consentWithdrawal = rng.pick(withdrawal)
        case .legitimateInterests:
            purpose.legitimateInterest = detail
        case .contract:
            purpose.requirement = rng.chance(0.7) ? .contractPrerequisite : .contractual
            purpose.consequencesOfNotProviding = detail
        case .legalObligation:
            purpose.requirement = .statutory
            purpose.consequencesOfNotProviding = detail
        case .vitalInterests, .publicTask:
            break
        }
        if !entry.marketing.isEmpty {
            purpose.directMarketing = DirectMarketing(channels: entry.marketing, optOut: rng.pick(optOut))
        }
        return purpose
    }

    var withdrawal: [Localized] {
        [
            text("Vous pouvez retirer votre consentement à tout moment en écrivant à \(agency.email).",
                 "You may withdraw your consent at any time by writing to \(agency.email)."),
            text("Vous pouvez retirer votre consentement à tout moment depuis le lien « Gérer les cookies » en bas de chaque page.",
                 "You may withdraw your consent at any time from the “Manage cookies” link at the foot of every page."),
            text("Vous pouvez retirer votre consentement à tout moment depuis les préférences de votre espace personnel.",
                 "You may withdraw your consent at any time from the preferences of your personal account."),
        ]
    }

    var optOut: [Localized] {
        [
            text("Chaque message contient un lien de désabonnement.", "Every message contains an unsubscribe link."),
            text("Répondez STOP à tout SMS ou écrivez à \(agency.email) pour ne plus rien recevoir.",
                 "Reply STOP to any text message or write to \(agency.email) to receive nothing more."),
        ]
    }
}
