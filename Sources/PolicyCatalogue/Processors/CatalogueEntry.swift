import PolicyModel

/// A service provider the DSL can name by key: its legal entity, role, service and locations.
///
/// A policy copies the entry into its own ``Recipient`` when it declares it, so exported JSON is
/// self-contained and a later catalogue change shows up as a diff in the policy.
public struct CatalogueEntry: Hashable, Sendable {
    public var key: String
    /// The product as people know it: `Google Analytics`.
    public var product: String
    /// The contracting legal entity for EEA customers.
    public var legalEntity: String
    public var role: RecipientRole
    public var service: Localized
    public var processingCountries: [CountryCode]
    public var subProcessors: [SubProcessor]
    public var privacyNotice: WebAddress?
    /// Whether the importer appears on the Data Privacy Framework list, and whether that was checked.
    public var dataPrivacyFramework: DPFStatus

    public enum DPFStatus: Hashable, Sendable {
        case notApplicable
        /// Reported as certified; ⚠ not checked against the official list.
        case reportedCertified(importer: String)
    }

    public init(
        key: String, product: String, legalEntity: String, role: RecipientRole, service: Localized,
        processingCountries: [CountryCode], subProcessors: [SubProcessor] = [], privacyNotice: WebAddress? = nil,
        dataPrivacyFramework: DPFStatus = .notApplicable
    ) {
        self.key = key
        self.product = product
        self.legalEntity = legalEntity
        self.role = role
        self.service = service
        self.processingCountries = processingCountries
        self.subProcessors = subProcessors
        self.privacyNotice = privacyNotice
        self.dataPrivacyFramework = dataPrivacyFramework
    }
}
