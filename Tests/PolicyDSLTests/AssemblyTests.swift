import PolicyCatalogue
import PolicyDSL
import PolicyModel
import Testing

@Suite struct AssemblyTests {
    @Test func buildsTheModelFromDeclarations() throws {
        let policy = try PrivacyPolicy("sample", version: "2", effective: "2024-03-01") {
            DataController("Example", establishedIn: "FR") {
                LegalForm("SAS")
                TradeName("Exemple")
                Website("https://example.fr")
                Address("1 rue de la Paix", postalCode: "75002", locality: "Paris", country: "FR")
            }
            ProtectionOfficer(title: "DPO") { Email("dpo@example.fr") }
            PersonalData("identity", .identity, fr: "Nom", en: "Name")
            ProcessingPurpose("newsletter", basis: .consent, fr: "Lettre", en: "Newsletter") {
                Uses("identity")
                WithdrawConsent(fr: "Lien de désinscription", en: "Unsubscribe link")
                DirectMarketingBy(.email, optOut: Localized(fr: "Lien", en: "Link"))
            }
            Processor(Processors.googleAnalytics) { Receives(purposes: ["newsletter"], data: ["identity"]) }
            ThirdCountryTransfer(
                of: "google-analytics", to: "US", importer: "Google LLC", under: .dataPrivacyFramework,
                reference: "(EU) 2023/1795", certificationCheckedOn: "2024-02-01")
            KeepData(fr: "Contacts", en: "Contacts", purposes: ["newsletter"], for: .years(3))
            RightsRequests(identityCheck: .onReasonableDoubt, responseDelay: .days(30)) { Email("dpo@example.fr") }
            Tracker("_ga", provider: "Google", .audienceMeasurement, fr: "Mesure", en: "Measure",
                    lifetime: .months(13), consentRequired: true)
            Tracker(Localized(fr: "Cookies publicitaires", en: "Advertising cookies"), provider: "Google", .advertising,
                    fr: "Publicité", en: "Advertising", lifetime: .months(13), consentRequired: true)
            Missing("/recipients/google-analytics/processingCountries", note: "not stated")
            Waive("GDPR-12-1", because: "reviewed")
        }.document(origin: "x").policy

        #expect(policy.controller.legalForm == "SAS")
        #expect(policy.controller.websites.map(\.value) == ["https://example.fr"])
        #expect(policy.dpo?.status == .designated)
        #expect(policy.purposes.first?.directMarketing?.channels == [.email])
        #expect(policy.recipients.first?.name == Localized(name: "Google Ireland Limited"))
        #expect(policy.recipients.first?.subProcessors.first?.processingCountries == ["US"])
        #expect(policy.transfers.first?.certificationCheckedOn == CalendarDate(year: 2024, month: 2, day: 1))
        #expect(policy.retention.first?.period == .years(3))
        #expect(policy.cookies.first?.lifetime == .months(13))
        // A plain name is the same in every language; a localized one is kept per language.
        #expect(policy.cookies.map(\.name) == [
            Localized(name: "_ga"), Localized(fr: "Cookies publicitaires", en: "Advertising cookies"),
        ])
        // Identifiers in a missing fact's pointer become indices.
        #expect(policy.missing.first?.field == "/recipients/0/processingCountries")
        #expect(policy.waivers == [Waiver(rule: "GDPR-12-1", reason: "reviewed")])
    }

    @Test func reportsEveryProblemAtItsLine() {
        let line = #line + 2
        let declaration = PrivacyPolicy("sample", version: "1", effective: "2024-02-30") {
            DataController("Example", establishedIn: "FR") {
                Website("javascript:alert(1)")
            }
            ProcessingPurpose("requests", basis: .contract, fr: "Répondre", en: "Answering") {
                Uses("unknown-category")
            }
            RightsRequests(identityCheck: .onReasonableDoubt) { Email("not-an-address") }
        }
        #expect {
            _ = try declaration.document(origin: "policies/Sample.swift")
        } throws: { error in
            guard let errors = (error as? DeclarationErrors)?.errors else { return false }
            let described = errors.map(\.description)
            return described.count == 4
                && described.contains { $0.hasPrefix("policies/Sample.swift:\(line - 1):") && $0.hasSuffix("error: '2024-02-30' is not a date (\(CalendarDate.accepted))") }
                && described.contains { $0.hasPrefix("policies/Sample.swift:\(line + 1):") && $0.contains("javascript") }
                && described.contains { $0.hasPrefix("policies/Sample.swift:\(line + 3):") && $0.contains("unknown data category 'unknown-category'") }
                && described.contains { $0.hasPrefix("policies/Sample.swift:\(line + 6):") && $0.contains("not-an-address") }
        }
    }

    @Test func requiresAControllerAndRights() {
        let declaration = PrivacyPolicy("sample", version: "1", effective: "2024-01-01") {
            PersonalData("identity", .identity, fr: "Nom", en: "Name")
        }
        #expect {
            _ = try declaration.document(origin: "x")
        } throws: { error in
            let messages = (error as? DeclarationErrors)?.errors.map(\.message) ?? []
            return messages.contains("a policy declares a DataController")
                && messages.contains("a policy declares RightsRequests")
        }
    }

    @Test func refusesDuplicateIdentifiers() {
        let declaration = PrivacyPolicy("sample", version: "1", effective: "2024-01-01") {
            DataController("Example", establishedIn: "FR") { Email("a@example.fr") }
            PersonalData("identity", .identity, fr: "Nom", en: "Name")
            PersonalData("identity", .contact, fr: "Courriel", en: "E-mail")
            RightsRequests(identityCheck: .onReasonableDoubt) { Email("a@example.fr") }
        }
        #expect {
            _ = try declaration.document(origin: "x")
        } throws: { error in
            (error as? DeclarationErrors)?.errors.map(\.message) == ["duplicate identifier 'identity'"]
        }
    }
}
