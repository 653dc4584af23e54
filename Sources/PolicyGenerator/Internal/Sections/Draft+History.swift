import PolicyModel

extension Draft {
    /// A day between December 2025 and October 2026: recent statements, under the Data Privacy Framework.
    mutating func drawEffectiveDate() -> CalendarDate {
        let month = rng.int(0...10)
        return month == 0 ? day(2025, 12, rng.int(1...28)) : day(2026, month, rng.int(1...28))
    }

    /// One to four published versions, the last one in force on the effective date.
    mutating func drawHistory() -> [Revision] {
        let count = rng.int(1...4)
        var revisions: [Revision] = []
        for k in 0..<count {
            let yearsBack = count - 1 - k
            let date = yearsBack == 0 ? effectiveDate : day(effectiveDate.year - yearsBack, rng.int(1...12), rng.int(1...28))
            let summary = k == 0 ? Self.firstVersion : rng.pick(Self.changes)
            revisions.append(Revision(version: "\(k + 1).\(rng.below(3))", date: date, summary: summary))
        }
        return revisions
    }

    static let firstVersion = text("Première version publiée sur le site.", "First version published on the website.")

    static let changes: [Localized] = [
        text("Ajout des nouveaux prestataires d’envoi de courriels.", "New e-mail delivery providers added."),
        text("Précisions sur les durées de conservation.", "Retention periods clarified."),
        text("Mise à jour des transferts hors de l’Union européenne.", "Transfers outside the European Union updated."),
        text("Nouvelle liste des cookies et traceurs.", "New list of cookies and trackers."),
        text("Désignation d’un délégué à la protection des données.", "A data protection officer designated."),
        text("Reformulation des finalités et des bases légales.", "Purposes and legal bases reworded."),
    ]

    /// A designated DPO (an e-mail, often a postal address) or a stated reason for having none.
    mutating func drawDataProtectionOfficer() -> DataProtectionOfficer {
        if rng.chance(0.55) {
            var contact: [ContactChannel] = [.email("dpo@\(agency.domain)")]
            if rng.chance(0.6) { contact.append(.post(agency.address)) }
            let name = rng.chance(0.3) ? "\(rng.pick(Self.firstNames)) \(rng.pick(Self.lastNames))" : nil
            return .designated(title: rng.pick(["Délégué à la protection des données", "DPO"]), name: name, contact: contact)
        }
        return .notDesignated(because: text(
            "Nos activités ne relèvent pas des cas de désignation obligatoire prévus à l’article 37 du RGPD.",
            "Our activities do not fall within the cases of Article 37 GDPR that make a designation mandatory."))
    }

    static let firstNames = ["Camille", "Julien", "Amaia", "Mathieu", "Claire", "Iñaki", "Sophie", "Thomas", "Léa", "Nicolas"]
    static let lastNames = ["Etcheverry", "Martin", "Durand", "Lefebvre", "Bernard", "Garat", "Moreau", "Laurent", "Dubois"]
}
