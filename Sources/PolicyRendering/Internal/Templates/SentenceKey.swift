import PolicyCatalogue
import PolicyModel

/// A template key resolved once to its position in ``TemplateKeys/names``, so that reading a sentence
/// is an array access rather than hashing a string built for the occasion.
///
/// Section builders name sentences with the constants below (`.rightsItem` is `rights.item`) and
/// families of keys that follow a model value (`.basis[purpose.legalBasis]` is `basis.consent`, …).
struct SentenceKey: Hashable, Sendable {
    let index: Int

    /// The key `name`, which must be in ``TemplateKeys``.
    init(_ name: String) {
        guard let index = TemplateKeys.indices[name] else { preconditionFailure("unknown template key '\(name)'") }
        self.index = index
    }

    /// The key as written in the template files.
    var name: String { TemplateKeys.names[index] }
}

/// The keys of a family that follows a model value: `basis.consent`, `basis.contract`, ….
///
/// A value without a key in ``TemplateKeys`` has none (`right.objection.name`): its sentence is empty.
struct KeyFamily<Value: CaseIterable & Equatable>: Sendable where Value: Sendable {
    private let entries: [(value: Value, key: SentenceKey?)]

    init(_ name: (Value) -> String) {
        entries = Value.allCases.map { value in
            (value, TemplateKeys.indices[name(value)].map { _ in SentenceKey(name(value)) })
        }
    }

    subscript(value: Value) -> SentenceKey? {
        for entry in entries where entry.value == value { return entry.key }
        return nil
    }
}

extension SentenceKey {
    static let languageName = SentenceKey("language.name")
    static let pageTitle = SentenceKey("page.title")
    static let pageContents = SentenceKey("page.contents")
    static let pageTranslations = SentenceKey("page.translations")
    static let pageLastUpdated = SentenceKey("page.lastUpdated")
    static let pageVersionUndated = SentenceKey("page.versionUndated")
    static let dateFirstDay = SentenceKey("date.firstDay")
    static let dateFormat = SentenceKey("date.format")
    static let listAnd = SentenceKey("list.and")
    static let periodSession = SentenceKey("period.session")

    static let glanceIntro = SentenceKey("glance.intro")
    static let glanceWho = SentenceKey("glance.who")
    static let glanceWhat = SentenceKey("glance.what")
    static let glanceWhy = SentenceKey("glance.why")
    static let glanceRights = SentenceKey("glance.rights")
    static let glanceContact = SentenceKey("glance.contact")
    static let glanceComplaint = SentenceKey("glance.complaint")
    static let glanceRightAccess = SentenceKey("glance.right.access")
    static let glanceRightRectification = SentenceKey("glance.right.rectification")
    static let glanceRightErasure = SentenceKey("glance.right.erasure")
    static let glanceRightRestriction = SentenceKey("glance.right.restriction")
    static let glanceRightPortability = SentenceKey("glance.right.portability")
    static let glanceRightObjection = SentenceKey("glance.right.objection")

    static let controllerIdentity = SentenceKey("controller.identity")
    static let controllerTradingAs = SentenceKey("controller.tradingAs")
    static let controllerLegalForm = SentenceKey("controller.legalForm")
    static let controllerRegistration = SentenceKey("controller.registration")
    static let controllerAddress = SentenceKey("controller.address")
    static let controllerAddressIncomplete = SentenceKey("controller.addressIncomplete")
    static let controllerWebsite = SentenceKey("controller.website")
    static let controllerWebsites = SentenceKey("controller.websites")
    static let controllerRepresentative = SentenceKey("controller.representative")

    static let dpoNamed = SentenceKey("dpo.named")
    static let dpoDesignated = SentenceKey("dpo.designated")
    static let dpoNotDesignated = SentenceKey("dpo.notDesignated")
    static let dpoContactUs = SentenceKey("dpo.contactUs")

    static let dataIntro = SentenceKey("data.intro")
    static let dataItem = SentenceKey("data.item")
    static let dataSpecial = SentenceKey("data.special")
    static let dataOffences = SentenceKey("data.offences")
    static let dataSourcesIntro = SentenceKey("data.sourcesIntro")
    static let dataSource = SentenceKey("data.source")

    static let purposesIntro = SentenceKey("purposes.intro")
    static let purposesRetentionRule = SentenceKey("purposes.retentionRule")
    static let purposesRetentionNotSpecified = SentenceKey("purposes.retentionNotSpecified")
    static let purposesDataNotSpecified = SentenceKey("purposes.dataNotSpecified")
    static let purposesSpecialConditionNotSpecified = SentenceKey("purposes.specialConditionNotSpecified")
    static let purposesSpecialCondition = SentenceKey("purposes.specialCondition")
    static let purposesColumns = ["purpose", "data", "basis", "retention"].map { SentenceKey("purposes.column.\($0)") }

    static let legitimateInterestsIntro = SentenceKey("legitimateInterests.intro")
    static let legitimateInterestsItem = SentenceKey("legitimateInterests.item")
    static let legitimateInterestsObjection = SentenceKey("legitimateInterests.objection")

    static let provisionItem = SentenceKey("provision.item")
    static let provisionConsequences = SentenceKey("provision.consequences")
    static let requirementNotSpecified = SentenceKey("requirement.notSpecified")

    static let recipientsIntro = SentenceKey("recipients.intro")
    static let recipientsProcessors = SentenceKey("recipients.processors")
    static let recipientsWithinEEA = SentenceKey("recipients.withinEEA")
    static let recipientsServiceNotSpecified = SentenceKey("recipients.serviceNotSpecified")
    static let recipientsCountryNotSpecified = SentenceKey("recipients.countryNotSpecified")
    static let recipientsSafeguardNotSpecified = SentenceKey("recipients.safeguardNotSpecified")
    static let recipientsViaSubProcessor = SentenceKey("recipients.viaSubProcessor")
    static let recipientsColumns = ["name", "role", "service", "country", "safeguard"]
        .map { SentenceKey("recipients.column.\($0)") }

    static let transfersIntro = SentenceKey("transfers.intro")
    static let transfersNotSpecified = SentenceKey("transfers.notSpecified")
    static let transfersImporter = SentenceKey("transfers.importer")
    static let transfersReference = SentenceKey("transfers.reference")
    static let transfersDerogation = SentenceKey("transfers.derogation")
    static let transfersPublished = SentenceKey("transfers.published")
    static let transfersCopyNotSpecified = SentenceKey("transfers.copyNotSpecified")
    static let transfersColumns = ["recipient", "country", "safeguard", "copy"]
        .map { SentenceKey("transfers.column.\($0)") }

    static let retentionIntro = SentenceKey("retention.intro")
    static let retentionPeriodFrom = SentenceKey("retention.periodFrom")
    static let retentionCriteria = SentenceKey("retention.criteria")
    static let retentionColumns = ["subject", "period"].map { SentenceKey("retention.column.\($0)") }

    static let rightsIntro = SentenceKey("rights.intro")
    static let rightsItem = SentenceKey("rights.item")
    static let rightsObjectionApart = SentenceKey("rights.objectionApart")
    static let rightsExercise = SentenceKey("rights.exercise")
    static let rightsDelay = SentenceKey("rights.delay")
    static let rightsIdentityOnDoubt = SentenceKey("rights.identityOnDoubt")
    static let rightsIdentityAlways = SentenceKey("rights.identityAlways")
    static let rightsFree = SentenceKey("rights.free")

    static let objectionGeneral = SentenceKey("objection.general")
    static let objectionConcerns = SentenceKey("objection.concerns")
    static let objectionMarketing = SentenceKey("objection.marketing")
    static let objectionMarketingItem = SentenceKey("objection.marketingItem")
    static let objectionHow = SentenceKey("objection.how")

    static let consentWithdrawalIntro = SentenceKey("consentWithdrawal.intro")
    static let consentWithdrawalItem = SentenceKey("consentWithdrawal.item")

    static let complaintGeneric = SentenceKey("complaint.generic")
    static let complaintAuthority = SentenceKey("complaint.authority")
    static let complaintAddress = SentenceKey("complaint.address")
    static let complaintWebsite = SentenceKey("complaint.website")
    static let complaintOnline = SentenceKey("complaint.online")

    static let cookiesIntro = SentenceKey("cookies.intro")
    static let cookiesIntroSites = SentenceKey("cookies.introSites")
    static let cookiesPriorConsent = SentenceKey("cookies.priorConsent")
    static let cookiesRefuse = SentenceKey("cookies.refuse")
    static let cookiesKept = SentenceKey("cookies.kept")
    static let cookiesPurpose = SentenceKey("cookies.purpose")
    static let cookiesConsentRequired = SentenceKey("cookies.consentRequired")
    static let cookiesConsentNotRequired = SentenceKey("cookies.consentNotRequired")
    static let cookiesProviderNotSpecified = SentenceKey("cookies.providerNotSpecified")
    static let cookiesLifetimeNotSpecified = SentenceKey("cookies.lifetimeNotSpecified")
    static let cookiesColumns = ["name", "provider", "purpose", "lifetime", "consent"]
        .map { SentenceKey("cookies.column.\($0)") }

    static let indirectSourcesIntro = SentenceKey("indirectSources.intro")
    static let indirectSourcesItem = SentenceKey("indirectSources.item")
    static let indirectSourcesCategoriesNotSpecified = SentenceKey("indirectSources.categoriesNotSpecified")
    static let indirectSourcesPublic = SentenceKey("indirectSources.public")

    static let automatedDecisionsNone = SentenceKey("automatedDecisions.none")
    static let automatedDecisionsNotSpecified = SentenceKey("automatedDecisions.notSpecified")
    static let automatedDecisionsPurposes = SentenceKey("automatedDecisions.purposes")
    static let automatedDecisionsLogic = SentenceKey("automatedDecisions.logic")
    static let automatedDecisionsSignificance = SentenceKey("automatedDecisions.significance")
    static let automatedDecisionsConsequences = SentenceKey("automatedDecisions.consequences")
    static let automatedDecisionsHumanIntervention = SentenceKey("automatedDecisions.humanIntervention")
    static let automatedDecisionsNoSolelyAutomated = SentenceKey("automatedDecisions.noSolelyAutomated")

    static let postMortemText = SentenceKey("postMortem.text")
    static let securityIntro = SentenceKey("security.intro")
    static let changesIntro = SentenceKey("changes.intro")
    static let changesColumns = ["version", "date", "summary"].map { SentenceKey("changes.column.\($0)") }

    /// `month.1` … `month.12`, at index `month - 1`.
    static let months = (1...12).map { SentenceKey("month.\($0)") }

    static let periodOne = KeyFamily<Period.Unit> { "period.\($0.rawValue).one" }
    static let periodOther = KeyFamily<Period.Unit> { "period.\($0.rawValue).other" }
    static let channel = KeyFamily<ContactChannel.Kind> { "channel.\($0.rawValue)" }
    static let rightName = KeyFamily<DataSubjectRight> { "right.\($0.rawValue).name" }
    static let rightText = KeyFamily<DataSubjectRight> { "right.\($0.rawValue).text" }
    static let basis = KeyFamily<LegalBasis> { "basis.\($0.rawValue)" }
    static let objectionBasis = KeyFamily<LegalBasis> { "objection.basis.\($0.rawValue)" }
    static let condition = KeyFamily<SpecialCategoryCondition> { "condition.\($0.rawValue)" }
    static let requirement = KeyFamily<ProvisionRequirement> { "requirement.\($0.rawValue)" }
    static let role = KeyFamily<RecipientRole> { "role.\($0.rawValue)" }
    static let mechanism = KeyFamily<TransferMechanism> { "mechanism.\($0.rawValue)" }
    static let derogation = KeyFamily<Derogation> { "derogation.\($0.rawValue)" }
    static let source = KeyFamily<DataSource.Kind> { "source.\($0.rawValue)" }
    static let cookieCategory = KeyFamily<CookieCategory> { "cookieCategory.\($0.rawValue)" }
    static let decision = KeyFamily<AutomatedDecision.Kind> { "decision.\($0.rawValue)" }
    static let heading = KeyFamily<StatementSection> { SectionHeadings.key(for: $0) }
}
