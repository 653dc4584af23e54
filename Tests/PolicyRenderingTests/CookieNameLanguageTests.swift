import Policies
import PolicyModel
@testable import PolicyRendering
import Testing

/// A tracker named in each language is shown in each statement's language; a technical name is the
/// same in both.
@Suite struct CookieNameLanguageTests {
    /// The sample policy with its session tracker named in each language.
    static let policy: Policy = {
        var policy = SampleModel.policy
        policy.cookies[1].name = Localized(fr: "Cookies de session", en: "Session cookies")
        return policy
    }()

    @Test(arguments: DocumentFormat.allCases)
    func eachStatementShowsTheNameInItsLanguage(format: DocumentFormat) {
        let french = Templates.renderer.render(Self.policy, language: .fr, format: format)
        let english = Templates.renderer.render(Self.policy, language: .en, format: format)
        #expect(french.contains("Cookies de session"))
        #expect(!french.contains("Session cookies"))
        #expect(english.contains("Session cookies"))
        #expect(!english.contains("Cookies de session"))
        // The technical name is the same in both.
        #expect(french.contains("_ga") && english.contains("_ga"))
    }

    /// The shipped policies' English statements name their trackers in English.
    @Test(arguments: DocumentFormat.allCases)
    func shippedEnglishStatementsShowNoFrenchTrackerName(format: DocumentFormat) throws {
        for declaration in Policies.all {
            let policy = declaration.policy
            let french = Templates.renderer.render(policy, language: .fr, format: format)
            let english = Templates.renderer.render(policy, language: .en, format: format)
            for cookie in policy.cookies {
                let fr = try #require(cookie.name[.fr]), en = try #require(cookie.name[.en])
                #expect(french.contains(fr), "\(policy.id): \(fr)")
                #expect(english.contains(en), "\(policy.id): \(en)")
                if fr != en { #expect(!english.contains(fr), "\(policy.id): \(fr)") }
            }
        }
    }
}
