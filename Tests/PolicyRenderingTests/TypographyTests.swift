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

    @Test func numberSignAndItsNumberDoNotBreak() {
        #expect(FrenchTypography.apply("loi n° 78-17 et décret N° 72-678") == "loi n°\(nbsp)78-17 et décret N°\(nbsp)72-678")
        // Only a plain space before a number, after `n`: a temperature, a sign before a word, are left alone.
        #expect(FrenchTypography.apply("20 ° 5, n° de téléphone, n°7, n°  7") == "20 ° 5, n° de téléphone, n°7, n°  7")
        // The fast path on UTF-8 and the character rules agree, in a text of several scalars too.
        var typesetter = FrenchTypography.Typesetter()
        #expect(typesetter.typeset("(loi n° 70-9)") == "(loi n°\(nbsp)70-9)")
        #expect(FrenchTypography.apply("e\u{0301} n° 7") == "e\u{0301} n°\(nbsp)7")
    }

    @Test func addressesAndTimesAreLeftAlone() {
        #expect(FrenchTypography.apply("Écrire à dpo@exemple.fr ou https://exemple.fr/a?b=c:d à 10:30")
            == "Écrire à dpo@exemple.fr ou https://exemple.fr/a?b=c:d à 10:30")
    }
}
