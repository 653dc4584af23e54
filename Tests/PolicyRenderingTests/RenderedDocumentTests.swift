import Foundation
import Policies
import PolicyModel
import PolicyRendering
import Testing

/// A document handed over as bytes (``PolicyRenderer/document(_:format:options:)``, ``PolicyRenderer/forEachFile(for:_:)``)
/// holds exactly its golden file's bytes, whatever the format and options.
@Suite struct RenderedDocumentTests {
    struct Case {
        var policy: Policy
        var language: Language
        var format: DocumentFormat
        var options = RenderOptions()
        var golden: String
    }

    static let cases: [Case] = {
        let named = [(SampleModel.policy, "sample")] + Policies.all.map { ($0.policy, $0.policy.id.rawValue) }
        var cases: [Case] = []
        for (policy, name) in named {
            for language in [Language.fr, .en] {
                for format in DocumentFormat.allCases {
                    cases.append(Case(policy: policy, language: language, format: format,
                                      golden: "\(name).\(language).\(format.fileExtension)"))
                }
            }
        }
        let both = RenderOptions(fragment: true, frontMatter: true)
        cases.append(Case(policy: SampleModel.policy, language: .fr, format: .html, options: both, golden: "sample.fr.fragment.html"))
        cases.append(Case(policy: SampleModel.policy, language: .en, format: .markdown, options: both, golden: "sample.en.front-matter.md"))
        return cases
    }()

    @Test func bytesAreTheGoldenFile() throws {
        for item in Self.cases {
            let golden = try Data(contentsOf: URL(fileURLWithPath: Golden.fixtures + "/" + item.golden))
            let statement = Templates.renderer.statement(item.policy, language: item.language)
            let document = Templates.renderer.document(statement, format: item.format, options: item.options)
            #expect(document.withUnsafeBytes { Data($0) } == golden, "\(item.golden)")
            #expect(document.count == golden.count, "\(item.golden)")
        }
    }

    /// The files a build writes, as bytes, are the goldens, named and ordered as `build` lists them.
    @Test func eachFileIsItsGolden() throws {
        var names: [String] = []
        try Templates.renderer.forEachFile(for: SampleModel.policy) { name, document in
            names.append(name)
            let golden = try Data(contentsOf: URL(fileURLWithPath: Golden.fixtures + "/sample." + name))
            #expect(document.withUnsafeBytes { Data($0) } == golden, "\(name)")
        }
        #expect(names == ["fr.html", "fr.md", "en.html", "en.md", "index.html"])
    }
}
