import PolicyCLI
import Testing

@Suite struct UsageTests {
    @Test func noArgumentsIsBadUsage() {
        let result = CLI.run([], stdin: .init())
        #expect(result.code == .badInput)
        #expect(result.errors.contains("usage: policyc <command>"))
    }

    @Test func anUnknownCommandExitsTwoWithAUsageLine() {
        let result = CLI.run("publish")
        #expect(result.code == .badInput)
        #expect(result.errors.contains("unknown command 'publish'"))
        #expect(result.errors.contains("usage:"))
    }

    @Test(arguments: [
        ["list", "--colour"], ["export", "carmen-immobilier", "--bogus"], ["lint", "--format", "xml"],
        ["render", "carmen-immobilier", "--lang", "de", "--format", "html"],
        ["render", "carmen-immobilier", "--format", "html"], ["render", "carmen-immobilier", "--lang", "fr"],
        ["build", "--out"], ["explain"], ["export"], ["lint", "--date", "2024-02-30"],
        ["export", "carmen-immobilier", "--file", "x.json"], ["render", "carmen-immobilier", "--lang", "fr", "--format", "md", "--fragment"],
    ])
    func badUsageExitsTwo(arguments: [String]) {
        let result = CLI.run(arguments, stdin: .init())
        #expect(result.code == .badInput, "\(arguments)")
        #expect(!result.errors.isEmpty)
        #expect(result.output.isEmpty)
    }

    @Test(arguments: ["list", "build", "lint", "render", "export", "rules", "explain"])
    func everyCommandHasHelp(command: String) {
        let result = CLI.run(command, "--help")
        #expect(result.code == .success)
        #expect(result.output.hasPrefix("usage: policyc \(command)"))
    }

    @Test func topLevelHelpListsEveryCommand() {
        let result = CLI.run("--help")
        #expect(result.code == .success)
        for command in ["list", "build", "lint", "render", "export", "rules", "explain"] {
            #expect(result.output.contains("  policyc \(command)"), "\(command)")
        }
    }

    @Test func listNamesTheShippedPolicies() {
        let result = CLI.run("list")
        #expect(result.code == .success)
        #expect(result.output == """
            carmen-immobilier\tpolicies/CarmenImmobilier.swift
            leggett-immobilier\tpolicies/LeggettImmobilier.swift

            """)
    }

    @Test func anUnknownPolicyIsBadInput() {
        let result = CLI.run("export", "nobody")
        #expect(result.code == .badInput)
        #expect(result.errors.contains("unknown policy 'nobody'"))
    }
}
