@testable import PolicyRendering
import PolicyModel
import Testing

@Suite struct LanguageFormatTests {
    func composer(_ language: Language) -> Composer {
        Composer(policy: SampleModel.policy, language: language, templates: Templates.shipped)
    }

    @Test func frenchDates() {
        #expect(composer(.fr).date(SampleModel.date("2018-04-20")) == "20 avril 2018")
        #expect(composer(.fr).date(SampleModel.date("2019-03-01")) == "1er mars 2019")
    }

    @Test func englishDates() {
        #expect(composer(.en).date(SampleModel.date("2018-04-20")) == "20 April 2018")
        #expect(composer(.en).date(SampleModel.date("2019-03-01")) == "1 March 2019")
    }

    @Test func periods() {
        #expect(composer(.fr).period(.months(1)) == "un mois")
        #expect(composer(.fr).period(.years(10)) == "10 ans")
        #expect(composer(.en).period(.workingDays(5)) == "5 working days")
        #expect(composer(.en).period(.years(1)) == "one year")
    }

    @Test func listsJoinWithTheLanguagesConjunction() {
        let items: [[Inline]] = [[.text("a")], [.text("b")], [.text("c")]]
        #expect(composer(.fr).joined(items).plainText == "a, b et c")
        #expect(composer(.en).joined(items).plainText == "a, b and c")
        #expect(composer(.en).joined([[.text("a")]]).plainText == "a")
    }

    @Test func addressesIncludeTheCountryName() {
        #expect(composer(.en).address(SampleModel.address) == "12 rue des Arceaux, 64100 Bayonne, France")
    }
}
