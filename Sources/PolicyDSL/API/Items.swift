import PolicyModel

/// What a top-level declaration contributes: a closed set, so the assembler switches over it.
public enum PolicyItem: Sendable {
    case controller(ControllerDraft, DeclarationSite)
    case dpo(DataProtectionOfficer, DeclarationSite)
    case dataCategory(DataCategory, DeclarationSite)
    case source(DataSource, DeclarationSite)
    case purpose(Purpose, DeclarationSite)
    case recipient(Recipient, DeclarationSite)
    case transfer(Transfer, DeclarationSite)
    case retention(Retention, DeclarationSite)
    case rights(RightsExercise, DeclarationSite)
    case automatedDecision(AutomatedDecision, DeclarationSite)
    case cookie(Cookie, DeclarationSite)
    case cookieConsent(CookieConsent, DeclarationSite)
    case security(Localized, DeclarationSite)
    case revision(Revision, DeclarationSite)
    case directedAtChildren(DeclarationSite)
    case missing(MissingFact, DeclarationSite)
    case waiver(Waiver, DeclarationSite)
    case problem(String, DeclarationSite)
}

/// What a declaration inside `DataController { }` contributes.
public enum ControllerItem: Sendable {
    case tradeName(String)
    case website(WebAddress)
    case legalForm(String)
    case registration(Registration)
    case address(PostalAddress)
    case contact(ContactChannel, DeclarationSite)
    case representative(Representative)
    case problem(String, DeclarationSite)
}

/// A contact channel and where it was declared.
public enum ContactItem: Sendable {
    case channel(ContactChannel, DeclarationSite)
}

/// What a declaration inside `ProcessingPurpose { }` contributes.
public enum PurposeItem: Sendable {
    case uses([DataCategoryID])
    case legitimateInterest(Localized)
    case consentWithdrawal(Localized)
    case requirement(ProvisionRequirement, consequences: Localized?)
    case directMarketing(DirectMarketing)
    case specialCategoryCondition(SpecialCategoryCondition)
}

/// What a declaration inside a recipient's block contributes.
public enum RecipientItem: Sendable {
    case receives(purposes: [PurposeID], data: [DataCategoryID])
    case processesIn([CountryCode])
    case subProcessor(SubProcessor)
}

/// The controller as declared, before the assembler checks it.
public struct ControllerDraft: Sendable {
    var legalName: String
    var country: CountryCode
    var items: [ControllerItem]
}
