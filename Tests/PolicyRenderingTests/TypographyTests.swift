@testable import PolicyRendering
import Testing

@Suite struct TypographyTests {
    let nbsp = "\u{00A0}"
    let thin = "\u{202F}"

    @Test func spaceBeforeHighPunctuationBecomesNoBreak() {
        #expect(FrenchTypography.apply("Qui ? Vous ; nous : eux !") == "Qui\(thin)? Vous\(thin); nous\(nbsp): eux\(thin)!")
    }

    @Test func missingSpaceIsAdded() {
        #expect(FrenchTypography.apply("Attention: voir!") == "Attention\(nbsp): voir\(thin)!")
    }

    @Test func apostrophesAndQuotesBecomeTypographic() {
        #expect(FrenchTypography.apply(#"l'agence dit "bonjour""#) == "l’agence dit «\(nbsp)bonjour\(nbsp)»")
        #expect(FrenchTypography.apply("« oui »") == "«\(nbsp)oui\(nbsp)»")
    }

    @Test func addressesAndTimesAreLeftAlone() {
        #expect(FrenchTypography.apply("Écrire à dpo@exemple.fr ou https://exemple.fr/a?b=c:d à 10:30")
            == "Écrire à dpo@exemple.fr ou https://exemple.fr/a?b=c:d à 10:30")
    }
}
