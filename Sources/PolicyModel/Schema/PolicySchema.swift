/// The JSON Schema of the interchange format, written once here and published as
/// `schema/policy.schema.json`.
///
/// It describes each model type exactly as ``PolicyJSON/encode(_:)`` writes it: non-optional
/// properties are required, optional ones may be left out (never `null`), and no other member is
/// accepted. ``PolicyJSON/decode(_:file:)`` checks input against it before decoding.
public enum PolicySchema {
    /// The named definitions of the document, one per model type written to JSON.
    public enum Definition: String, CaseIterable, Sendable {
        case policy = "Policy"
        case revision = "Revision"
        case controller = "Controller"
        case registration = "Registration"
        case representative = "Representative"
        case dataProtectionOfficer = "DataProtectionOfficer"
        case dataCategory = "DataCategory"
        case dataSource = "DataSource"
        case purpose = "Purpose"
        case directMarketing = "DirectMarketing"
        case recipient = "Recipient"
        case subProcessor = "SubProcessor"
        case transfer = "Transfer"
        case retention = "Retention"
        case rightsExercise = "RightsExercise"
        case automatedDecision = "AutomatedDecision"
        case cookie = "Cookie"
        case cookieConsent = "CookieConsent"
        case missingFact = "MissingFact"
        case waiver = "Waiver"
        case identifier = "Identifier"
        case countryCode = "CountryCode"
        case calendarDate = "CalendarDate"
        case language = "Language"
        case webAddress = "WebAddress"
        case localized = "Localized"
        case localizedName = "LocalizedName"
        case period = "Period"
        case postalAddress = "PostalAddress"
        case contactChannel = "ContactChannel"

        /// The schema of the definition.
        public var schema: JSONSchema {
            switch self {
            case .policy: PolicySchema.policy
            case .revision: PolicySchema.revision
            case .controller: PolicySchema.controller
            case .registration: PolicySchema.registration
            case .representative: PolicySchema.representative
            case .dataProtectionOfficer: PolicySchema.dataProtectionOfficer
            case .dataCategory: PolicySchema.dataCategory
            case .dataSource: PolicySchema.dataSource
            case .purpose: PolicySchema.purpose
            case .directMarketing: PolicySchema.directMarketing
            case .recipient: PolicySchema.recipient
            case .subProcessor: PolicySchema.subProcessor
            case .transfer: PolicySchema.transfer
            case .retention: PolicySchema.retention
            case .rightsExercise: PolicySchema.rightsExercise
            case .automatedDecision: PolicySchema.automatedDecision
            case .cookie: PolicySchema.cookie
            case .cookieConsent: PolicySchema.cookieConsent
            case .missingFact: PolicySchema.missingFact
            case .waiver: PolicySchema.waiver
            case .identifier: PolicySchema.identifier
            case .countryCode: PolicySchema.countryCode
            case .calendarDate: PolicySchema.calendarDate
            case .language: PolicySchema.language
            case .webAddress: PolicySchema.webAddress
            case .localized: PolicySchema.localized
            case .localizedName: PolicySchema.localizedName
            case .period: PolicySchema.period
            case .postalAddress: PolicySchema.postalAddress
            case .contactChannel: PolicySchema.contactChannel
            }
        }
    }

    /// The whole schema: a policy at the root, every definition in `$defs`.
    public static let document = JSONSchemaDocument(
        title: "policyc policy",
        root: ref(.policy).described(
            "A controller's privacy statement in policyc's interchange format, as `policyc export` writes it."),
        definitions: Definition.allCases.map { JSONSchema.Property(name: $0.rawValue, schema: $0.schema) }
    )

    /// A reference to a definition; a ``Definition`` case always resolves.
    static func ref(_ definition: Definition) -> JSONSchema {
        .reference(definition.rawValue)
    }

    /// Every way `value` (a parsed policy) differs from the schema, in document order, with the
    /// JSON pointer and the location `map` gives; empty when it matches.
    public static func validate(_ value: JSONValue, map: SourceMap) -> [InputError] {
        document.validate(value, against: document.root, map: map)
    }

    /// Every way `value` differs from one definition: for a part of a policy on its own.
    public static func validate(_ value: JSONValue, as definition: Definition, map: SourceMap = SourceMap()) -> [InputError] {
        document.validate(value, against: ref(definition), map: map)
    }
}

extension JSONSchemaDocument {
    /// Every way `value` differs from `schema`, whose references resolve in this document.
    public func validate(_ value: JSONValue, against schema: JSONSchema, map: SourceMap) -> [InputError] {
        var validator = JSONSchemaValidator(document: self, map: map)
        validator.check(value, against: schema, at: .root)
        return validator.errors
    }
}
