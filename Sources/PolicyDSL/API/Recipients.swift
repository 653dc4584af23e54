import PolicyCatalogue
import PolicyModel

/// A processor (Art. 28) from the catalogue, or declared in full.
public struct Processor: PolicyContent {
    let recipient: Recipient
    let site: DeclarationSite

    /// A processor the catalogue knows: its legal entity, service, locations and sub-processors are copied in.
    ///
    /// `name` replaces the catalogue's legal entity as the recipient's name, for a statement that names
    /// the provider otherwise (its product or former name, as the controller wrote it).
    public init(
        _ entry: CatalogueEntry, id: RecipientID? = nil, name: Localized? = nil,
        fileID: StaticString = #fileID, line: UInt = #line, column: UInt = #column,
        @RecipientBuilder _ content: () -> [RecipientItem]
    ) {
        let base = Recipient(
            id: id ?? RecipientID(entry.key), name: name ?? Localized(name: entry.legalEntity), role: entry.role,
            service: entry.service,
            processingCountries: entry.processingCountries, subProcessors: entry.subProcessors,
            privacyNotice: entry.privacyNotice)
        recipient = base.applying(content())
        site = DeclarationSite(fileID, line, column)
    }

    /// A processor the catalogue does not know.
    public init(
        _ id: RecipientID, name: Localized, fr: String, en: String,
        fileID: StaticString = #fileID, line: UInt = #line, column: UInt = #column,
        @RecipientBuilder _ content: () -> [RecipientItem]
    ) {
        recipient = Recipient(id: id, name: name, role: .processor, service: Localized(fr: fr, en: en))
            .applying(content())
        site = DeclarationSite(fileID, line, column)
    }

    public var policyItems: [PolicyItem] { [.recipient(recipient, site)] }
}

/// A recipient that is not a processor: staff, an independent or joint controller, an authority.
public struct OtherRecipient: PolicyContent {
    let recipient: Recipient
    let site: DeclarationSite
    let problems: [PolicyItem]

    public init(
        _ id: RecipientID, name: Localized, role: RecipientRole, fr: String, en: String, privacyNotice: String? = nil,
        fileID: StaticString = #fileID, line: UInt = #line, column: UInt = #column,
        @RecipientBuilder _ content: () -> [RecipientItem]
    ) {
        site = DeclarationSite(fileID, line, column)
        let notice = privacyNotice.flatMap(WebAddress.init)
        problems = privacyNotice != nil && notice == nil
            ? [.problem("'\(privacyNotice ?? "")' is not an accepted link (https, http, mailto or tel)", site)] : []
        recipient = Recipient(id: id, name: name, role: role, service: Localized(fr: fr, en: en), privacyNotice: notice)
            .applying(content())
    }

    public var policyItems: [PolicyItem] { [.recipient(recipient, site)] + problems }
}

/// The purposes and data a recipient receives.
public struct Receives: RecipientContent {
    let purposes: [PurposeID]
    let data: [DataCategoryID]

    public init(purposes: [PurposeID], data: [DataCategoryID]) {
        self.purposes = purposes
        self.data = data
    }

    public var recipientItem: RecipientItem { .receives(purposes: purposes, data: data) }
}

/// Where the recipient processes or hosts the data, as the controller states it; replaces the catalogue's.
public struct ProcessesIn: RecipientContent {
    let countries: [CountryCode]
    public init(_ countries: CountryCode...) { self.countries = countries }
    public var recipientItem: RecipientItem { .processesIn(countries) }
}

/// A sub-processor of the recipient (Art. 28(2)).
public struct SubProcessedBy: RecipientContent {
    let sub: SubProcessor
    public init(_ name: String, in countries: CountryCode...) { sub = SubProcessor(name: name, processingCountries: countries) }
    public var recipientItem: RecipientItem { .subProcessor(sub) }
}

extension Recipient {
    func applying(_ items: [RecipientItem]) -> Recipient {
        var recipient = self
        for item in items {
            switch item {
            case .receives(let purposes, let data):
                recipient.purposes += purposes
                recipient.dataCategories += data
            case .processesIn(let countries): recipient.processingCountries = countries
            case .subProcessor(let sub): recipient.subProcessors.append(sub)
            }
        }
        return recipient
    }
}
