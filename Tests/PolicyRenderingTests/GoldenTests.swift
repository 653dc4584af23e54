import Policies
import PolicyModel
import PolicyRendering
import Testing

/// Whole documents against their golden files: the sample model and every shipped policy, in both
/// languages and both formats, plus the index page.
@Suite struct GoldenTests {
    static let languages: [Language] = [.fr, .en]

    @Test(arguments: languages, DocumentFormat.allCases)
    func sampleModel(language: Language, format: DocumentFormat) throws {
        let output = Templates.renderer.render(SampleModel.policy, language: language, format: format)
        try Golden.check(output, named: "sample.\(language).\(format.fileExtension)")
    }

    @Test func sampleFragmentAndFrontMatter() throws {
        let options = RenderOptions(fragment: true, frontMatter: true)
        try Golden.check(Templates.renderer.render(SampleModel.policy, language: .fr, format: .html, options: options),
                         named: "sample.fr.fragment.html")
        try Golden.check(Templates.renderer.render(SampleModel.policy, language: .en, format: .markdown, options: options),
                         named: "sample.en.front-matter.md")
    }

    @Test func sampleIndex() throws {
        try Golden.check(Templates.renderer.indexPage(for: SampleModel.policy), named: "sample.index.html")
    }

    @Test(arguments: languages, DocumentFormat.allCases)
    func shippedPolicies(language: Language, format: DocumentFormat) throws {
        for document in Policies.all {
            let output = Templates.renderer.render(document.policy, language: language, format: format)
            try Golden.check(output, named: "\(document.policy.id).\(language).\(format.fileExtension)")
        }
    }
}
