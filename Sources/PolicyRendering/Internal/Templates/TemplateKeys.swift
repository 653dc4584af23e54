/// Every key the renderer reads from the template files, with the placeholders its text may use.
///
/// A key not listed here is a typo; a placeholder not listed for its key would never be filled.
/// Both are template errors, reported with the file and line.
enum TemplateKeys {
    /// Keys whose text takes placeholders, with the names it may use.
    static let withPlaceholders: [(key: String, placeholders: [String])] = [
        ("page.title", ["controller"]),
        ("page.lastUpdated", ["date", "version"]),
        ("page.versionUndated", ["version"]),
        ("date.format", ["day", "month", "year"]),
        ("list.and", ["rest", "last"]),
        ("period.days.other", ["n"]),
        ("period.workingDays.other", ["n"]),
        ("period.months.other", ["n"]),
        ("period.years.other", ["n"]),
        ("glance.intro", ["controller"]),
        ("glance.who", ["controller"]),
        ("glance.what", ["categories"]),
        ("glance.why", ["purposes"]),
        ("glance.rights", ["rights", "link"]),
        ("glance.contact", ["contact"]),
        ("glance.complaint", ["authority"]),
        ("controller.identity", ["controller"]),
        ("controller.tradingAs", ["legalName", "tradeNames"]),
        ("controller.legalForm", ["form"]),
        ("controller.registration", ["register", "number"]),
        ("controller.address", ["address"]),
        ("controller.addressIncomplete", ["address"]),
        ("controller.website", ["links"]),
        ("controller.websites", ["links"]),
        ("controller.representative", ["name"]),
        ("channel.email", ["value"]),
        ("channel.phone", ["value"]),
        ("channel.webForm", ["value"]),
        ("channel.post", ["value"]),
        ("dpo.named", ["name"]),
        ("data.item", ["label", "examples"]),
        ("data.source", ["description", "kind"]),
        ("purposes.retentionRule", ["subject", "duration"]),
        ("purposes.specialCondition", ["condition"]),
        ("legitimateInterests.item", ["purpose", "interest"]),
        ("legitimateInterests.objection", ["link"]),
        ("provision.item", ["purpose", "requirement"]),
        ("provision.consequences", ["consequences"]),
        ("recipients.viaSubProcessor", ["countries", "name"]),
        ("transfers.importer", ["recipient", "importer"]),
        ("transfers.reference", ["reference"]),
        ("transfers.derogation", ["derogation"]),
        ("retention.periodFrom", ["period", "event"]),
        ("retention.criteria", ["criteria"]),
        ("rights.item", ["right", "description"]),
        ("rights.objectionApart", ["link"]),
        ("rights.delay", ["delay"]),
        ("objection.general", ["bases"]),
        ("objection.concerns", ["purposes"]),
        ("objection.marketingItem", ["purpose", "optOut"]),
        ("objection.how", ["link"]),
        ("consentWithdrawal.item", ["purpose", "how"]),
        ("complaint.authority", ["acronym", "authority"]),
        ("complaint.address", ["address"]),
        ("complaint.website", ["link"]),
        ("complaint.online", ["link"]),
        ("cookies.kept", ["period"]),
        ("cookies.purpose", ["category", "description"]),
        ("indirectSources.item", ["source", "categories"]),
        ("automatedDecisions.purposes", ["purposes"]),
        ("automatedDecisions.logic", ["text"]),
        ("automatedDecisions.significance", ["text"]),
        ("automatedDecisions.consequences", ["text"]),
        ("postMortem.text", ["link"]),
    ]

    /// Keys whose text is fixed.
    static let plain: [String] = [
        "language.name", "page.contents", "page.translations", "index.link", "date.firstDay", "month.1", "month.2",
        "month.3", "month.4", "month.5", "month.6", "month.7", "month.8", "month.9", "month.10", "month.11",
        "month.12", "period.days.one", "period.workingDays.one", "period.months.one", "period.years.one",
        "period.session", "glance.heading", "glance.right.access", "glance.right.rectification",
        "glance.right.erasure", "glance.right.restriction", "glance.right.portability", "glance.right.objection",
        "controller.heading", "dpo.heading", "dpo.designated", "dpo.notDesignated", "dpo.contactUs", "data.heading",
        "data.intro", "data.special", "data.offences", "data.sourcesIntro", "source.dataSubject", "source.observed",
        "source.thirdParty", "purposes.heading", "purposes.intro", "purposes.column.purpose",
        "purposes.column.data", "purposes.column.basis", "purposes.column.retention", "purposes.retentionNotSpecified",
        "purposes.dataNotSpecified", "purposes.specialConditionNotSpecified", "basis.consent",
        "basis.contract", "basis.legalObligation", "basis.vitalInterests", "basis.publicTask",
        "basis.legitimateInterests", "condition.explicitConsent", "condition.employmentLaw",
        "condition.vitalInterests", "condition.nonProfitBody", "condition.manifestlyMadePublic",
        "condition.legalClaims", "condition.substantialPublicInterest", "condition.healthCare",
        "condition.publicHealth", "condition.archivingOrResearch", "legitimateInterests.heading",
        "legitimateInterests.intro", "provision.heading", "requirement.statutory", "requirement.contractual",
        "requirement.contractPrerequisite", "requirement.voluntary", "requirement.notSpecified", "recipients.heading", "recipients.intro",
        "recipients.processors", "recipients.column.name", "recipients.column.role", "recipients.column.service",
        "recipients.column.country", "recipients.column.safeguard", "recipients.withinEEA",
        "recipients.countryNotSpecified", "recipients.serviceNotSpecified", "recipients.safeguardNotSpecified", "transfers.copyNotSpecified",
        "role.internalDepartment", "role.processor", "role.jointController", "role.independentController",
        "role.publicAuthority", "transfers.heading", "transfers.intro", "transfers.column.recipient",
        "transfers.column.country", "transfers.column.safeguard", "transfers.column.copy", "transfers.published", "transfers.notSpecified",
        "mechanism.adequacyDecision", "mechanism.dataPrivacyFramework", "mechanism.standardContractualClauses",
        "mechanism.bindingCorporateRules", "mechanism.codeOfConduct", "mechanism.certification",
        "mechanism.adHocClauses", "mechanism.derogation", "derogation.explicitConsent",
        "derogation.contractWithDataSubject", "derogation.contractInDataSubjectsInterest",
        "derogation.publicInterest", "derogation.legalClaims", "derogation.vitalInterests",
        "derogation.publicRegister", "retention.heading", "retention.intro", "retention.column.subject",
        "retention.column.period", "rights.heading", "rights.intro", "rights.exercise", "rights.free",
        "rights.identityOnDoubt", "rights.identityAlways", "right.access.name", "right.access.text",
        "right.rectification.name", "right.rectification.text", "right.erasure.name", "right.erasure.text",
        "right.restriction.name", "right.restriction.text", "right.portability.name", "right.portability.text",
        "right.humanIntervention.name", "right.humanIntervention.text", "objection.heading",
        "objection.basis.legitimateInterests", "objection.basis.publicTask", "objection.marketing",
        "consentWithdrawal.heading", "consentWithdrawal.intro", "complaint.heading", "complaint.generic",
        "cookies.heading", "cookies.intro", "cookies.introSites", "cookies.priorConsent", "cookies.refuse", "cookies.column.name", "cookies.column.provider",
        "cookies.column.purpose", "cookies.column.lifetime", "cookies.column.consent", "cookies.consentRequired",
        "cookies.consentNotRequired", "cookies.lifetimeNotSpecified", "cookies.providerNotSpecified", "cookieCategory.strictlyNecessary", "cookieCategory.audienceMeasurement",
        "cookieCategory.advertising", "cookieCategory.social", "cookieCategory.personalisation",
        "indirectSources.heading", "indirectSources.intro", "indirectSources.public", "indirectSources.categoriesNotSpecified", "automatedDecisions.heading",
        "automatedDecisions.none", "automatedDecisions.notSpecified", "automatedDecisions.noSolelyAutomated", "automatedDecisions.humanIntervention",
        "decision.profiling", "decision.solelyAutomatedDecision", "postMortem.heading", "security.heading",
        "security.intro", "changes.heading", "changes.intro", "changes.column.version", "changes.column.date",
        "changes.column.summary",
    ]

    /// The placeholders each key may use.
    static let all: [String: Set<String>] = {
        var all: [String: Set<String>] = [:]
        for key in plain { all[key] = [] }
        for entry in withPlaceholders { all[entry.key] = Set(entry.placeholders) }
        return all
    }()

    /// Every key, each at the position ``SentenceKey/index`` gives it: the plain keys, then those with placeholders.
    static let names: [String] = plain + withPlaceholders.map(\.key)

    /// The position of each key in ``names``.
    static let indices: [String: Int] = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })

    /// The placeholders of the key at `index`, in the order ``withPlaceholders`` lists them: the order in
    /// which ``Composer`` takes their values.
    static func placeholders(ofKeyAt index: Int) -> [String] {
        index < plain.count ? [] : withPlaceholders[index - plain.count].placeholders
    }

    /// Keys are ASCII letters, digits and dots: `rights.heading`.
    static func isWellFormed(_ key: String) -> Bool {
        // On UTF-8: an ASCII character is one ASCII byte, and any other byte makes a non-ASCII character.
        guard let first = key.utf8.first, isASCIILetter(first) else { return false }
        return key.utf8.allSatisfy { isASCIILetter($0) || (0x30...0x39).contains($0) || $0 == UInt8(ascii: ".") }
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }
}
