import Foundation
import PolicyModel

/// Policies and JSON helpers for the schema tests.
enum SchemaFixtures {
    static let text = Localized(fr: "Texte", en: "Text")

    static func date(_ iso: String) throws -> CalendarDate {
        guard let date = CalendarDate(iso: iso) else { throw FixtureError("bad date \(iso)") }
        return date
    }

    static func link(_ text: String) throws -> WebAddress {
        guard let link = WebAddress(text) else { throw FixtureError("bad link \(text)") }
        return link
    }

    /// A policy with every optional field set and every collection non-empty.
    static func richPolicy() throws -> Policy {
        let address = PostalAddress(lines: ["1 rue X"], postalCode: "75001", locality: "Paris", country: "FR")
        let channels: [ContactChannel] = [
            .email("privacy@example.fr"), .phone("+33 1 23 45 67 89"), .webForm("https://example.fr/contact"),
            ContactChannel(kind: .post, value: "Service juridique", address: address),
        ]
        return Policy(
            id: "rich", languages: [.fr, .en], version: "2", effectiveDate: try date("2024-03-01"),
            history: [Revision(version: "1", date: try date("2018-05-25"), summary: text)],
            controller: Controller(
                legalName: "Exemple", tradeNames: ["Ex"], websites: [try link("https://example.fr")], legalForm: "SAS",
                registration: Registration(register: "RCS Paris", number: "000 000 000"), address: address,
                country: "FR", contact: channels, representative: Representative(name: "Rep", contact: channels)),
            dpo: DataProtectionOfficer(
                status: .designated, title: "DPO", name: "A. Person", contact: channels, reasonNotDesignated: text),
            dataCategories: [
                DataCategory(
                    id: "health", kind: .other, label: text, examples: [text], special: .health, concernsChildren: true)
            ],
            sources: [
                DataSource(id: "portals", kind: .thirdParty, description: text, publiclyAccessible: true, dataCategories: ["health"])
            ],
            purposes: [
                Purpose(
                    id: "news", description: text, dataCategories: ["health"], legalBasis: .consent,
                    legitimateInterest: text, consentWithdrawal: text, specialCategoryCondition: .explicitConsent,
                    requirement: .voluntary, consequencesOfNotProviding: text,
                    directMarketing: DirectMarketing(channels: [.email, .sms], optOut: text))
            ],
            recipients: [
                Recipient(
                    id: "host", name: text, role: .processor, service: text, processingCountries: ["IE"],
                    purposes: ["news"], dataCategories: ["health"],
                    subProcessors: [SubProcessor(name: "Sub", processingCountries: ["US"])],
                    privacyNotice: try link("https://host.example/privacy"))
            ],
            transfers: [
                Transfer(
                    recipient: "host", importer: "Sub", country: "US", mechanism: .derogation, reference: "(EU) 2021/914",
                    copy: text, certificationCheckedOn: try date("2024-01-15"), derogation: .explicitConsent)
            ],
            retention: [
                Retention(
                    purposes: ["news"], dataCategories: ["health"], subject: text, period: .years(3), startingEvent: text,
                    criteria: text, legalReference: "CMF art. L.561-12")
            ],
            rights: RightsExercise(channels: channels, identityCheck: .onReasonableDoubt, responseDelay: .days(30)),
            automatedDecisions: [
                AutomatedDecision(kind: .profiling, purposes: ["news"], logic: text, significance: text, consequences: text)
            ],
            cookies: [
                Cookie(
                    name: Localized(name: "_ga"), provider: "Google", category: .audienceMeasurement, description: text,
                    lifetime: .months(13), sessionOnly: true, consentRequired: true)
            ],
            cookieConsent: CookieConsent(mechanism: text, refuseAsEasyAsAccept: true, choiceKeptMonths: 6),
            security: [text], directedAtChildren: true,
            missing: [MissingFact(field: "/controller/registration", note: "not given")],
            waivers: [Waiver(rule: "GDPR-12-1", reason: "reviewed")])
    }

    /// A policy with no optional field and every collection empty.
    static func minimalPolicy() throws -> Policy {
        Policy(
            id: "minimal", version: "1", effectiveDate: try date("2024-03-01"),
            controller: Controller(legalName: "Exemple", country: "FR"),
            rights: RightsExercise(channels: [], identityCheck: .onReasonableDoubt))
    }

    /// The canonical JSON of `policy`, parsed.
    static func parsed(_ policy: Policy) throws -> (JSONValue, SourceMap) {
        try parse(String(decoding: PolicyJSON.encode(policy), as: UTF8.self))
    }

    static func parse(_ text: String) throws -> (JSONValue, SourceMap) {
        var parser = StrictJSONParser(bytes: Array(text.utf8), file: "test.json")
        return try parser.parse()
    }

    /// A JSON value from its text: `json("1")`, `json("\"x\"")`.
    static func json(_ text: String) throws -> JSONValue { try parse(text).0 }
}

struct FixtureError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
