import PolicyCatalogue
import PolicyModel

extension Draft {
    /// A transfer for every third country a recipient or its sub-processors reach, on a ground valid there:
    /// the Data Privacy Framework or clauses for the US, the adequacy decision where there is one, the
    /// 2021 standard contractual clauses elsewhere.
    mutating func drawTransfers() -> [Transfer] {
        var transfers: [Transfer] = []
        for recipient in recipients {
            for country in Law.thirdCountries(of: recipient) {
                transfers.append(transfer(to: country, by: recipient))
            }
        }
        return transfers
    }

    mutating func transfer(to country: CountryCode, by recipient: Recipient) -> Transfer {
        let importer = recipient.processingCountries.contains(country)
            ? nil : recipient.subProcessors.first { $0.processingCountries.contains(country) }?.name
        let base = Transfer(recipient: recipient.id, importer: importer, country: country, mechanism: .standardContractualClauses)
        if country == "US", rng.chance(0.7) {
            return dataPrivacyFramework(base)
        }
        if let decision = Countries.named(country)?.adequacy, decision.verified, decision.isInForce(on: effectiveDate),
            decision.scope != .dpfCertifiedOrganisations
        {
            var transfer = base
            transfer.mechanism = .adequacyDecision
            transfer.reference = decision.reference + Self.scopeStatement(decision.scope)
            if decision.scope != .whole, transfer.importer == nil { transfer.importer = recipient.name.texts[.en] }
            return transfer
        }
        return clauses(base, controllerToController: recipient.role != .processor)
    }

    /// What a reference adds for a decision limited in scope: that the importer falls under it.
    static func scopeStatement(_ scope: AdequacyDecision.Scope) -> String {
        switch scope {
        case .whole, .dpfCertifiedOrganisations: ""
        case .pipedaOrganisations: "; importer subject to PIPEDA"
        case .appiBusinessOperators: "; importer a business operator under the APPI, with the Supplementary Rules"
        case .excludesSomeSectors: "; importer within the scope of the decision (PIPA)"
        case .automatedProcessing: "; automated processing, within the scope of the decision"
        }
    }

    /// Art. 45: the EU-US Data Privacy Framework, with the day the importer was seen on the list.
    func dataPrivacyFramework(_ base: Transfer) -> Transfer {
        var transfer = base
        transfer.mechanism = .dataPrivacyFramework
        transfer.reference = "(EU) 2023/1795"
        transfer.certificationCheckedOn = effectiveDate
        return transfer
    }

    /// Art. 46(2)(c): Decision (EU) 2021/914, module 1 between controllers, module 2 to a processor.
    func clauses(_ base: Transfer, controllerToController: Bool) -> Transfer {
        var transfer = base
        transfer.mechanism = .standardContractualClauses
        transfer.reference = "(EU) 2021/914, module \(controllerToController ? 1 : 2)"
        transfer.copy = text(
            "Une copie des clauses peut être obtenue en écrivant à \(agency.email).",
            "A copy of the clauses may be obtained by writing to \(agency.email).")
        return transfer
    }
}
