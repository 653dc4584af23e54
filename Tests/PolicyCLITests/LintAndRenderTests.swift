import Foundation
import Testing

@Suite struct LintAndRenderTests {
    @Test func theShippedPoliciesHaveNoLintErrors() {
        let result = CLI.run("lint", "--date", "2026-11-22")
        #expect(result.code == .success, "\(result.output)\(result.errors)")
    }

    @Test func declaredMissingFactsFailUnderStrict() {
        let result = CLI.run("lint", "--strict", "--date", "2026-11-22")
        #expect(result.code == .lintFailure)
        #expect(result.output.contains("policies/CarmenImmobilier.swift:"))
    }

    @Test func anExportLintsFromStandardInput() {
        let json = CLI.run("export", "carmen-immobilier").output
        let result = CLI.run("lint", "--file", "-", "--date", "2026-11-22", stdin: json)
        #expect(result.code == .success, "\(result.output)\(result.errors)")
    }

    @Test func aRemovedDisclosureIsAnErrorNamingTheRuleAndPointer() {
        var json = CLI.run("export", "leggett-immobilier").output
        json = json.replacingOccurrences(of: "\"legitimateInterest\"", with: "\"consentWithdrawal\"")
        let result = CLI.run("lint", "--file", "-", "--date", "2026-11-22", stdin: json)
        #expect(result.code == .lintFailure)
        #expect(result.output.contains("[GDPR-13-1-d]"))
        #expect(result.output.contains("/purposes/"))
    }

    @Test(arguments: ["json", "sarif", "github"])
    func everyFormatRuns(format: String) {
        let result = CLI.run("lint", "--format", format, "--date", "2026-11-22")
        #expect(result.code == .success)
        #expect(!result.output.isEmpty)
    }

    @Test func rulesAndExplain() {
        let rules = CLI.run("rules")
        #expect(rules.code == .success)
        #expect(rules.output.contains("GDPR-13-1-a"))
        let explained = CLI.run("explain", "GDPR-13-1-a")
        #expect(explained.code == .success)
        #expect(explained.output.contains("13(1)(a)"))
        #expect(CLI.run("explain", "NOPE-1").code == .badInput)
    }

    @Test(arguments: [("fr", "html"), ("en", "html"), ("fr", "md"), ("en", "md")])
    func renderPrintsTheStatement(lang: String, format: String) {
        let result = CLI.run("render", "carmen-immobilier", "--lang", lang, "--format", format)
        #expect(result.code == .success, "\(result.errors)")
        #expect(result.output.contains("PLUS IMMOBILIER"))
        #expect(result.output.hasSuffix("\n"))
        if format == "html" { #expect(result.output.contains("<html lang=\"\(lang)\"")) }
    }

    @Test func fragmentIsNotAPage() {
        let result = CLI.run("render", "leggett-immobilier", "--lang", "fr", "--format", "html", "--fragment")
        #expect(result.code == .success)
        #expect(!result.output.contains("<html"))
        #expect(result.output.contains("Leggett Immobilier"))
    }

    @Test func aMissingTemplatesFolderIsBadInput() {
        let result = CLI.run("render", "carmen-immobilier", "--lang", "fr", "--format", "html", "--templates", "/nonexistent")
        #expect(result.code == .badInput)
        #expect(result.errors.contains("/nonexistent"))
    }
}
