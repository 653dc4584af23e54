import Testing
@testable import PolicyLint
@testable import PolicyModel

/// The catalogue tells its input rules apart where their types are known (``CatalogueEntry``); these
/// checks hold that to what the dynamic cast it replaces answers.
@Suite struct CatalogueEntryTests {
    @Test func everyEntryIsAnInputRuleExactlyWhenTheCastSaysSo() {
        #expect(RuleRegistry.entries.count == RuleRegistry.all.count)
        var inputRules = 0
        for entry in RuleRegistry.entries {
            let cast = entry.rule as? any InputRule
            #expect((entry.inputRule == nil) == (cast == nil), "\(entry.rule.id)")
            if let rule = entry.inputRule {
                inputRules += 1
                #expect(rule.id == entry.rule.id)
            }
        }
        // Most of the catalogue reads the shared input; a count of 0 would mean the overloads were not told apart.
        #expect(inputRules > RuleRegistry.entries.count / 2)
    }

    @Test func theCatalogueLinterFindsWhatTheLinterOfTheSameRulesFinds() {
        let catalogue = Linter()
        let cast = Linter(rules: RuleRegistry.all)
        #expect(catalogue.rules.map(\.id) == cast.rules.map(\.id))
        // The 2018 statements have findings of most kinds; the generated policies have few.
        for policy in [Carmen2018.policy, Leggett2018.policy] + LintInputTests.policies {
            let context = LintContext(referenceDate: policy.effectiveDate)
            let found = catalogue.lint(policy, context: context)
            #expect(found == cast.lint(policy, context: context))
        }
        #expect(!catalogue.lint(Carmen2018.policy, context: LintContext(referenceDate: Carmen2018.policy.effectiveDate)).isEmpty)
    }
}

/// Wording patterns compile their regex the first time a text needs it (``WordingPattern/regex``).
@Suite struct LazyRegexTests {
    @Test func everyPatternOfTheCatalogueCompiles() {
        #expect(WordingCatalogue.all.count > 10)
        for pattern in WordingCatalogue.all {
            #expect(pattern.regex != nil, "\(pattern.source)")
        }
    }

    @Test func aPatternThatDoesNotCompileMatchesNothingEvenWhereALiteralWouldProveIt() {
        // ICU rejects the range `{3,2}`; the literal reading takes `cookies` as proof of a match all the same.
        let broken = WordingPattern(stringLiteral: "cookies|a{3,2}")
        #expect(Wording.withBytes(of: "cookies") { broken.certainlyMatches(ScannedText(bytes: $0)) })
        #expect(broken.regex == nil)
        for text in ["cookies", "nos cookies", "aaa"] {
            #expect(!Wording.matches(broken, text))
            #expect(Wording.firstMatch(broken, in: text) == nil)
        }
    }

    @Test func aPatternIsCompiledOnceAndAnswersAsAFreshOne() {
        let pattern = WordingPattern(stringLiteral: "en (continuant|poursuivant) (la|votre) navigation")
        let first = pattern.regex
        #expect(first != nil)
        #expect(pattern.regex === first)
        let fresh = WordingPattern(stringLiteral: pattern.source)
        for text in ["En poursuivant votre navigation, vous acceptez", "rien", "en continuant la navigation"] {
            #expect(Wording.firstMatch(pattern, in: text) == Wording.firstMatch(fresh, in: text))
        }
    }
}
