import PolicyCatalogue
import PolicyModel

extension Draft {
    /// Staff and authorities, the providers of third-party trackers, a sample of the catalogue's
    /// processors, then providers and partners in and outside the EEA until the drawn count is reached.
    mutating func drawRecipients() -> [Recipient] {
        let count = rng.int(size.recipients)
        var recipients = [staff()]
        if purposes.contains(where: { $0.legalBasis == .legalObligation }) { recipients.append(authorities()) }
        var keys: Set<String> = []
        for provider in cookies.compactMap(\.provider) {
            guard let entry = TrackerProviders.entries[provider], keys.insert(entry.key).inserted else { continue }
            recipients.append(catalogueRecipient(entry))
        }
        let room = max(0, min(4, count - recipients.count))
        for entry in rng.sample(Processors.all, count: rng.int(0...room)) where keys.insert(entry.key).inserted {
            recipients.append(catalogueRecipient(entry))
        }
        var names: Set<String> = []
        while recipients.count < count {
            recipients.append(customRecipient(number: recipients.count, names: &names))
        }
        return recipients
    }

    func staff() -> Recipient {
        Recipient(
            id: "staff", name: text("Personnel habilité de \(agency.tradeName)", "Authorised \(agency.tradeName) staff"),
            role: .internalDepartment,
            service: text("Traitement de vos demandes et de vos dossiers", "Handling your requests and files"),
            processingCountries: ["FR"], purposes: purposes.map(\.id),
            dataCategories: categories.map(\.id))
    }

    func authorities() -> Recipient {
        let legal = purposes.filter { $0.legalBasis == .legalObligation }
        return Recipient(
            id: "authorities", name: text("Autorités publiques", "Public authorities"), role: .publicAuthority,
            service: text("Communication lorsque la loi l’exige", "Disclosure where the law requires it"),
            processingCountries: ["FR"], purposes: legal.map(\.id),
            dataCategories: uniqueCategories(of: legal))
    }

    /// A catalogue processor; an entry whose location the catalogue leaves open gets one.
    mutating func catalogueRecipient(_ entry: CatalogueEntry) -> Recipient {
        var countries = entry.processingCountries
        if countries.isEmpty { countries = [rng.pick(["FR", "DE", "CA"] as [CountryCode])] }
        let served = servedPurposes(preferring: Self.cataloguePurposes[entry.key] ?? [])
        return Recipient(
            id: RecipientID(entry.key), name: Localized(name: entry.legalEntity), role: entry.role,
            service: entry.service, processingCountries: countries, purposes: served.map(\.id),
            dataCategories: uniqueCategories(of: served), subProcessors: entry.subProcessors,
            privacyNotice: entry.privacyNotice)
    }

    static let cataloguePurposes: [String: [String]] = [
        "google-analytics": ["audience-measurement"], "immofacile": ["prospect-follow-up", "mandates", "contact-requests"],
        "dialog-insight": ["newsletter", "property-alerts"], "meta-platforms": ["social-sharing", "targeted-advertising"],
        "brevo": ["newsletter", "partner-offers"], "ovhcloud": ["contact-requests", "website-security"],
        "mailchimp": ["newsletter", "customer-marketing"], "matomo": ["audience-measurement"],
        "hotjar": ["audience-measurement", "service-improvement"], "criteo": ["targeted-advertising"],
        "linkedin": ["social-sharing"],
    ]

    /// A provider or partner with a generated name, a country and sometimes a sub-processor.
    mutating func customRecipient(number: Int, names: inout Set<String>) -> Recipient {
        let kind = rng.pick(ServiceCatalogue.kinds)
        let country = rng.chance(0.3) ? rng.pick(ServiceCatalogue.thirdCountries) : rng.pick(ServiceCatalogue.eeaCountries)
        var name = ""
        repeat {
            name = "\(rng.pick(ServiceCatalogue.nameStems)) \(rng.pick(kind.nameWords)) \(ServiceCatalogue.legalForm(for: country))"
        } while !names.insert(name).inserted && names.count < 300
        var subProcessors: [SubProcessor] = []
        if kind.role == .processor, rng.chance(0.25) {
            subProcessors.append(rng.pick(ServiceCatalogue.subProcessors))
        }
        let served = servedPurposes(preferring: kind.purposes)
        return Recipient(
            id: RecipientID("\(kind.key)-\(number)"), name: Localized(name: name), role: kind.role,
            service: text(kind.fr, kind.en), processingCountries: [country], purposes: served.map(\.id),
            dataCategories: uniqueCategories(of: served), subProcessors: subProcessors,
            privacyNotice: kind.role == .processor ? nil : web("https://www.\(slug(name)).com/privacy"))
    }

    /// The policy's purposes among `preferred`, or one or two others when it has none of them.
    mutating func servedPurposes(preferring preferred: [String]) -> [Purpose] {
        let matching = purposes.filter { preferred.contains($0.id.rawValue) }
        return matching.isEmpty ? rng.sample(purposes, count: rng.int(1...2)) : matching
    }

    func uniqueCategories(of purposes: [Purpose]) -> [DataCategoryID] {
        var seen: Set<DataCategoryID> = []
        return purposes.flatMap(\.dataCategories).filter { seen.insert($0).inserted }
    }
}
