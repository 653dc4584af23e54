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
        ["lint", "carmen-immobilier", "carmen-immobilier"], ["build", "leggett-immobilier", "leggett-immobilier", "--out", "o"],
        ["render", "carmen-immobilier", "carmen-immobilier", "--lang", "fr", "--format", "md"],
        ["lint", "--strict", "--strict"], ["lint", "--format", "json", "--format", "json"],
        ["render", "carmen-immobilier", "--lang", "fr", "--format", "html", "--fragment", "--fragment"],
    ])
    func badUsageExitsTwo(arguments: [String]) {
        let result = CLI.run(arguments, stdin: .init())
        #expect(result.code == .badInput, "\(arguments)")
        #expect(!result.errors.isEmpty)
        #expect(result.output.isEmpty)
    }

    /// One rule for every command and option: naming a policy, a flag or an option twice is bad usage.
    @Test func repeatsAreRefusedAlike() {
        let policy = CLI.run("lint", "carmen-immobilier", "leggett-immobilier", "carmen-immobilier")
        #expect(policy.errors.hasPrefix("policyc lint: policy 'carmen-immobilier' is named twice\nusage: policyc lint"))
        #expect(policy.output.isEmpty)
        let build = CLI.run("build", "carmen-immobilier", "carmen-immobilier", "--out", "o")
        #expect(build.errors.hasPrefix("policyc build: policy 'carmen-immobilier' is named twice\nusage: policyc build"))
        #expect(CLI.run("lint", "--strict", "--strict").errors.hasPrefix("policyc lint: --strict is given twice\n"))
        #expect(CLI.run("lint", "--format=json", "--format", "json").errors.hasPrefix("policyc lint: --format is given twice\n"))
    }

    @Test(arguments: ["list", "build", "lint", "render", "export", "rules", "explain"])
    func everyCommandHasHelp(command: String) {
        let result = CLI.run(command, "--help")
        #expect(result.code == .success)
        #expect(result.output.hasPrefix("usage: policyc \(command)"))
        #expect(!result.output.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "a raw control character")
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
            carmen-immobilier\tpolicies/CarmenImmobilier.swift\tPLUS IMMOBILIER
            leggett-immobilier\tpolicies/LeggettImmobilier.swift\tLeggett Immobilier

            """)
        #expect(CLI.run("list", "--help").output.contains("its controller's legal name"))
    }

    @Test func anUnknownPolicyIsBadInput() {
        let result = CLI.run("export", "nobody")
        #expect(result.code == .badInput)
        #expect(result.errors.contains("unknown policy 'nobody'"))
    }
}
