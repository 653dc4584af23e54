import Foundation
import PolicyLint
import PolicyModel
import Testing

/// The four output formats, on one small report: a located error, an unlocated warning, a waiver.
@Suite struct FormatTests {
    static var report: LintReport {
        let policy = GoodPolicy.with {
            $0.controller.address = nil
            $0.rights.identityCheck = .everyRequest
            $0.cookies[1].lifetime = .years(2)
            $0.waivers = [Waiver(rule: "FR-CNIL-COOKIE-LIFETIME", reason: "Google's default, shortened in 2026-Q3")]
        }
        var map = SourceMap()
        map.record(SourceLocation(file: "policies/Agence Exemple.swift", line: 12, column: 5), at: "/controller")
        map.record(SourceLocation(file: "policies/Agence Exemple.swift", line: 80, column: 9), at: "/cookies/1")
        let document = PolicyDocument(policy: policy, sourceMap: map, origin: "policies/Agence Exemple.swift")
        return LintReport(entries: [LintReport.Entry(document: document, findings: lint(policy))])
    }

    @Test func text() {
        let output = Self.report.formatted(as: .text, colors: false)
        let lines = output.split(separator: "\n").map(String.init)
        #expect(lines.contains(
            "policies/Agence Exemple.swift:12:5: error: the statement gives no postal address for the controller Agence Exemple SAS (at /controller/address) [GDPR-13-1-a]"))
        #expect(lines.contains {
            $0.hasPrefix("policies/Agence Exemple.swift: warning: the statement asks for proof of identity") && $0.hasSuffix("[GDPR-12-6]")
        })
        #expect(lines.contains {
            $0.hasPrefix("policies/Agence Exemple.swift:80:9: note:") && $0.contains("(warning waived: Google's default")
        })
        #expect(lines.last == "1 error, 1 warning, 0 info, 1 waived")
        #expect(!output.contains("\u{1B}["))
        #expect(Self.report.formatted(as: .text, colors: true).contains("\u{1B}[1;31merror\u{1B}[0m"))
    }

    /// A waived error does not fail the run, so it must not print as `error:`: CI jobs grep for it.
    @Test func aWaivedErrorIsANote() {
        let finding = Finding(
            ruleID: "GDPR-13-1-a", severity: .error, message: "no postal address", pointer: "/controller/address",
            waiver: Waiver(rule: "GDPR-13-1-a", reason: "the agency has closed"))
        let report = LintReport(entries: [.init(document: PolicyDocument(policy: GoodPolicy.policy, origin: "p.json"), findings: [finding])])
        let output = report.formatted(as: .text, colors: false)
        #expect(output == """
            p.json: note: no postal address (at /controller/address) (error waived: the agency has closed) [GDPR-13-1-a]
            0 errors, 0 warnings, 0 info, 1 waived

            """)
        #expect(!output.contains("error:"))
        #expect(report.formatted(as: .text, colors: true).contains("\u{1B}[1;36mnote\u{1B}[0m: no postal address"))
    }

    /// A recipient's name, a waiver's reason or a file name from the policy cannot ring, recolour or rewrite the
    /// terminal, nor split a finding over several lines.
    @Test func textShowsControlCharactersAsEscapes() {
        let finding = Finding(
            ruleID: "GDPR-12-1", severity: .warning, message: "tracker Ads\u{7}\u{1B}[31mRed\nnext\u{0}", pointer: "/cookies/0",
            notes: ["a\rb\u{85}c\u{2028}d"], waiver: nil)
        let waived = Finding(
            ruleID: "GDPR-12-1", severity: .error, message: "m", pointer: "/cookies/1",
            waiver: Waiver(rule: "GDPR-12-1", reason: "line\none\u{7F}"))
        let document = PolicyDocument(policy: GoodPolicy.policy, origin: "in\tput.json")
        let report = LintReport(entries: [.init(document: document, findings: [finding, waived])])
        #expect(report.formatted(as: .text, colors: false) == """
            in\\u{9}put.json: warning: tracker Ads\\u{7}\\u{1B}[31mRed\\u{A}next\\u{0} (at /cookies/0) [GDPR-12-1]
                note: a\\u{D}b\\u{85}c\\u{2028}d
            in\\u{9}put.json: note: m (at /cookies/1) (error waived: line\\u{A}one\\u{7F}) [GDPR-12-1]
            0 errors, 1 warning, 0 info, 1 waived

            """)
        // With colour, the only escape sequences are the formatter's own.
        let coloured = report.formatted(as: .text, colors: true)
        #expect(!coloured.contains("\u{1B}[31m"))
        #expect(!coloured.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\u{1B}" })
    }

    @Test func githubShowsControlCharactersAsEscapes() {
        let finding = Finding(
            ruleID: "GDPR-12-1", severity: .warning, message: "Ads\u{7}\u{1B}[31m\u{0}\r\n\u{9B}", pointer: "/cookies/0")
        let document = PolicyDocument(policy: GoodPolicy.policy, origin: "a\u{1B}b")
        let report = LintReport(entries: [.init(document: document, findings: [finding])])
        #expect(report.formatted(as: .github, colors: false)
            == "::warning file=a\\u{1B}b,title=GDPR-12-1::Ads\\u{7}\\u{1B}[31m\\u{0}%0D%0A\\u{9B} (at /cookies/0)\n")
    }

    @Test func json() throws {
        let output = Self.report.formatted(as: .json, colors: false)
        let object = try #require(JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        #expect(object["version"] as? Int == 1)
        let documents = try #require(object["documents"] as? [[String: Any]])
        let findings = try #require(documents.first?["findings"] as? [[String: Any]])
        let first = try #require(findings.first)
        #expect(first["ruleID"] as? String == "GDPR-13-1-a")
        #expect(first["pointer"] as? String == "/controller/address")
        #expect((first["location"] as? [String: Any])?["line"] as? Int == 12)
        #expect((first["articles"] as? [String])?.first == "GDPR Art. 13(1)(a)")
        let waived = try #require(findings.first { $0["ruleID"] as? String == "FR-CNIL-COOKIE-LIFETIME" })
        #expect((waived["waiver"] as? [String: Any])?["reason"] as? String == "Google's default, shortened in 2026-Q3")
        let unlocated = try #require(findings.first { $0["ruleID"] as? String == "GDPR-12-6" })
        #expect(unlocated["location"] == nil)
        #expect((object["summary"] as? [String: Int]) == ["errors": 1, "warnings": 1, "infos": 0, "waived": 1])
    }

    @Test func github() {
        let lines = Self.report.formatted(as: .github, colors: false).split(separator: "\n").map(String.init)
        #expect(lines.contains {
            $0.hasPrefix("::error file=policies/Agence Exemple.swift,line=12,col=5,title=GDPR-13-1-a::the statement gives no postal address")
        })
        #expect(lines.contains { $0.hasPrefix("::notice file=policies/Agence Exemple.swift,line=80,col=9,title=FR-CNIL-COOKIE-LIFETIME::") })
        #expect(lines.contains { $0.hasPrefix("::warning file=policies/Agence Exemple.swift,title=GDPR-12-6::") })
    }

    @Test func githubEscapesNewlinesAndPercent() {
        let finding = Finding(ruleID: "GDPR-12-1", severity: .warning, message: "100% vague", pointer: "/security/0", notes: ["a\nb"])
        let report = LintReport(entries: [.init(document: PolicyDocument(policy: GoodPolicy.policy, origin: "a,b:c"), findings: [finding])])
        #expect(report.formatted(as: .github, colors: false)
            == "::warning file=a%2Cb%3Ac,title=GDPR-12-1::100%25 vague (at /security/0)%0Anote: a%0Ab\n")
    }

    @Test func sarifContent() throws {
        let output = Self.report.formatted(as: .sarif, colors: false)
        let log = try #require(JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.count == RuleRegistry.all.count)
        let results = try #require(run["results"] as? [[String: Any]])
        for result in results {
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == result["ruleId"] as? String)
        }
        let located = try #require(results.first { $0["ruleId"] as? String == "GDPR-13-1-a" })
        let location = try #require((located["locations"] as? [[String: Any]])?.first)
        let physical = try #require(location["physicalLocation"] as? [String: Any])
        #expect((physical["artifactLocation"] as? [String: Any])?["uri"] as? String == "policies/Agence%20Exemple.swift")
        #expect((physical["region"] as? [String: Any])?["startLine"] as? Int == 12)
        #expect(((location["logicalLocations"] as? [[String: Any]])?.first)?["fullyQualifiedName"] as? String == "/controller/address")
        let waived = try #require(results.first { $0["ruleId"] as? String == "FR-CNIL-COOKIE-LIFETIME" })
        #expect((waived["suppressions"] as? [[String: Any]])?.first?["kind"] as? String == "inSource")
    }

    @Test func failures() {
        #expect(Self.report.hasFailures(strict: false))
        let warningsOnly = GoodPolicy.with { $0.rights.identityCheck = .everyRequest }
        let report = LintReport(entries: [.init(document: PolicyDocument(policy: warningsOnly, origin: "x"), findings: lint(warningsOnly))])
        #expect(!report.hasFailures(strict: false))
        #expect(report.hasFailures(strict: true))
    }
}
