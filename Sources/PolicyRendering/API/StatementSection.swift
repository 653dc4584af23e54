/// The sections of a rendered statement, in the order of Arts. 13 and 14 and the EDPB layered approach.
///
/// The raw value is the section's anchor id, the same in every language and format
/// (`fr.html#rights`, `en.html#rights`). A section with nothing to say is left out.
public enum StatementSection: String, Sendable, CaseIterable {
    /// The short first layer: who, what, why, your rights, how to contact.
    case atAGlance = "at-a-glance"
    /// Art. 13(1)(a): identity and contact details of the controller.
    case controller
    /// Art. 13(1)(b): the data protection officer.
    case dataProtectionOfficer = "dpo"
    /// The categories of data and where they come from.
    case dataCollected = "data"
    /// Art. 13(1)(c): purposes and their legal bases.
    case purposes
    /// Art. 13(1)(d): the legitimate interests pursued.
    case legitimateInterests = "legitimate-interests"
    /// Art. 13(2)(e): whether providing the data is a statutory or contractual requirement.
    case provisionRequirement = "provision"
    /// Art. 13(1)(e): recipients and processors.
    case recipients
    /// Art. 13(1)(f): transfers to third countries.
    case transfers
    /// Art. 13(2)(a): how long data is kept.
    case retention
    /// Art. 13(2)(b): the rights of the data subject.
    case rights
    /// Art. 21(4): the right to object, shown apart.
    case objection
    /// Art. 13(2)(c): withdrawing consent.
    case consentWithdrawal = "withdrawing-consent"
    /// Art. 13(2)(d): lodging a complaint with the supervisory authority.
    case complaint
    /// LIL art. 82: cookies and other trackers.
    case cookies
    /// Art. 14(1)(d), 14(2)(f): data not obtained from the person.
    case indirectSources = "indirect-sources"
    /// Art. 13(2)(f): automated decisions and profiling.
    case automatedDecisions = "automated-decisions"
    /// LIL art. 85: directives on one's data after death.
    case postMortemDirectives = "after-death"
    /// Art. 32: security measures.
    case security
    /// Changes to the statement, version history and last update.
    case changes

    /// The anchor id.
    public var anchor: String { rawValue }
}
