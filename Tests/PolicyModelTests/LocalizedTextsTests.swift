import PolicyModel
import Testing

/// ``Localized/forEachText(_:)`` visits what `languages` and the subscript give.
@Suite struct LocalizedTextsTests {
    @Test func forEachTextIsLanguagesAndSubscript() {
        var edited = Localized(fr: "b", en: "a")
        edited[Language("de")] = "c"
        edited[Language("en")] = nil
        edited[Language("zz")] = ""
        let texts: [Localized] = [
            Localized(fr: "bonjour", en: "hello"), Localized(name: "Acme"), Localized([:]),
            Localized([Language("it"): "ciao", Language("de"): "hallo", Language("fr"): "salut"]), edited,
        ]
        for text in texts {
            var visited: [(Language, String)] = []
            text.forEachText { visited.append(($0, $1)) }
            #expect(visited.map(\.0) == text.languages)
            #expect(visited.map(\.1) == text.languages.map { text[$0]! })
        }
    }
}
