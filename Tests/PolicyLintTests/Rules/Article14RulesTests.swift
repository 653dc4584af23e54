import PolicyModel
import Testing

/// The Art. 14 twins fire with the Art. 13 rule when some data comes from a third party, alone when
/// all of it does; Art. 14's own items need a third-party source.
@Suite struct Article14RulesTests {
    static let portals = DataSource(
        id: "portals", kind: .thirdParty,
        description: text("Portails immobiliers SeLoger et Leboncoin", "SeLoger and Leboncoin property portals"),
        publiclyAccessible: false, dataCategories: ["identity", "contact"])

    /// The good policy, with data also received from property portals.
    static func mixed(_ change: (inout Policy) -> Void = { _ in }) -> Policy {
        GoodPolicy.with {
            $0.sources.append(portals)
            change(&$0)
        }
    }

    @Test func thirdPartySourceAddsOnlyTheTimingReminder() {
        expectFindings(Self.mixed(), ["GDPR-14-3 info /sources/2"])
    }

    struct Twin: Sendable, CustomStringConvertible {
        let article13: String
        let article14: String
        let pointer: String
        let change: @Sendable (inout Policy) -> Void
        var description: String { article14 }
    }

    static let twins: [Twin] = [
        Twin(article13: "GDPR-13-1-a", article14: "GDPR-14-1-a", pointer: "/controller/address") { $0.controller.address = nil },
        Twin(article13: "GDPR-13-1-b", article14: "GDPR-14-1-b", pointer: "/dpo/contact") { $0.dpo?.contact = [] },
        Twin(article13: "GDPR-13-1-c", article14: "GDPR-14-1-c", pointer: "/purposes/0/dataCategories") {
            $0.purposes[0].dataCategories = []
        },
        Twin(article13: "GDPR-13-1-e", article14: "GDPR-14-1-e", pointer: "/cookies/1/provider") { $0.recipients.remove(at: 2) },
        Twin(article13: "GDPR-13-1-f", article14: "GDPR-14-1-f", pointer: "/recipients/4/transfer") {
            $0.transfers.remove(at: 1)
        },
        Twin(article13: "GDPR-13-2-a", article14: "GDPR-14-2-a", pointer: "/retention") { $0.retention = [] },
        Twin(article13: "GDPR-13-1-d", article14: "GDPR-14-2-b", pointer: "/purposes/4/legitimateInterest") {
            $0.purposes[4].legitimateInterest = nil
        },
        Twin(article13: "GDPR-13-2-b", article14: "GDPR-14-2-c", pointer: "/rights/channels") { $0.rights.channels = [] },
        Twin(article13: "GDPR-13-2-c", article14: "GDPR-14-2-d", pointer: "/purposes/2/consentWithdrawal") {
            $0.purposes[2].consentWithdrawal = nil
        },
        Twin(article13: "GDPR-13-2-d", article14: "GDPR-14-2-e", pointer: "/security/0") {
            $0.security = [text("Envoyez vos plaintes à contact@agence-exemple.fr", "Send complaints to contact@agence-exemple.fr")]
        },
        Twin(article13: "GDPR-13-2-f", article14: "GDPR-14-2-g", pointer: "/automatedDecisions/0/purposes") {
            $0.automatedDecisions[0].purposes = []
        },
    ]

    @Test(arguments: twins)
    func twinFiresBesideArticle13(_ twin: Twin) {
        let findings = lint(Self.mixed(twin.change))
        let severity = findings.first { $0.ruleID == twin.article13 }?.severity.rawValue ?? "missing"
        #expect(summary(findings).sorted() == [
            "\(twin.article13) \(severity) \(twin.pointer)", "\(twin.article14) \(severity) \(twin.pointer)",
            "GDPR-14-3 info /sources/2",
        ].sorted())
        #expect(findings.first { $0.ruleID == twin.article14 }?.message.hasPrefix("for data not obtained from the person") == true)
    }

    @Test func onlyArticle14WhenNoDataComesFromThePerson() {
        let policy = GoodPolicy.with {
            $0.sources = [Self.portals]
            $0.controller.address = nil
            $0.purposes[0].consequencesOfNotProviding = nil
        }
        expectFindings(policy, ["GDPR-14-1-a error /controller/address", "GDPR-14-3 info /sources/0"])
    }

    @Test func categoriesOfIndirectData() {
        expectFindings(
            Self.mixed { $0.sources[2].dataCategories = [] },
            ["GDPR-14-1-d error /sources/2/dataCategories", "GDPR-14-3 info /sources/2"])
    }

    @Test func sourceOfData() {
        expectFindings(
            Self.mixed { $0.sources[2].publiclyAccessible = nil },
            ["GDPR-14-2-f error /sources/2/publiclyAccessible", "GDPR-14-3 info /sources/2"])
        expectFindings(
            Self.mixed { $0.sources[2].description = text("D’autres sources", "Other sources") },
            ["GDPR-14-2-f warning /sources/2/description", "GDPR-14-3 info /sources/2"])
    }
}
