import PolicyGenerator
import Foundation
@testable import PolicyRendering
import Policies
import PolicyModel
import Testing

/// Invariants that hold for every policy: the sample, the shipped ones and hostile variants.
@Suite struct PropertyTests {
    static var policies: [Policy] { [SampleModel.policy] + Policies.all.map(\.policy) }
    static let languages: [Language] = [.fr, .en]

    @Test func noPlaceholderIsLeftInAnyOutput() {
        for policy in Self.policies {
            for language in Self.languages {
                for format in DocumentFormat.allCases {
                    let output = Templates.renderer.render(policy, language: language, format: format)
                    #expect(!output.contains("{{") && !output.contains("}}"), "\(policy.id) \(language) \(format)")
                    #expect(output.hasSuffix("\n") && !output.hasSuffix("\n\n"), "\(policy.id) \(language) \(format)")
                }
            }
        }
    }

    @Test func everyPurposeAndRecipientAppearsInEveryLanguageAndFormat() {
        for policy in Self.policies {
            for language in Self.languages {
                let html = Templates.renderer.render(policy, language: language, format: .html)
                for purpose in policy.purposes {
                    #expect(html.contains("id=\"purpose-\(purpose.id)\""), "\(policy.id) \(language) \(purpose.id)")
                }
                for recipient in policy.recipients where policy.declaredMissingFact(covering: "/recipients") == nil {
                    #expect(html.contains("id=\"recipient-\(recipient.id)\""), "\(policy.id) \(language) \(recipient.id)")
                }
                let markdown = Templates.renderer.render(policy, language: language, format: .markdown)
                for purpose in policy.purposes {
                    let words = (purpose.description[language] ?? "").split(separator: " ").first.map(String.init) ?? ""
                    #expect(markdown.contains(words.escapedForMarkdown), "\(policy.id) \(language) \(purpose.id)")
                }
            }
        }
    }

    @Test func frenchAndEnglishOutlinesHaveTheSameStructure() {
        for policy in Self.policies {
            let french = Templates.renderer.outline(policy, language: .fr)
            let english = Templates.renderer.outline(policy, language: .en)
            #expect(french.sections.map(\.id) == english.sections.map(\.id), "\(policy.id)")
            #expect(french.sections.map(\.shape) == english.sections.map(\.shape), "\(policy.id)")
        }
    }

    @Test func renderingIsByteIdentical() {
        for policy in Self.policies {
            for format in DocumentFormat.allCases {
                let first = PolicyRenderer(templates: Templates.shipped).render(policy, language: .fr, format: format)
                let second = PolicyRenderer(templates: Templates.shipped).render(policy, language: .fr, format: format)
                #expect(first == second)
            }
        }
    }

    static let hostile = [
        "<script>alert(1)</script>", #""><img src=x onerror=alert(1)>"#, "[x](javascript:alert(1))", "*em*", "<b>bold</b>",
        "`code`", "| pipe |", "&amp;", "\n# heading", "- item", "1. item", "\u{202E}reversed", "a\u{0}b",
    ]

    @Test(arguments: [UInt64(1), 2, 3, 42, 2018])
    func hostileTextNeverBecomesMarkup(seed: UInt64) {
        var generator = SplitMix64(seed: seed)
        func pick() -> String {
            (0..<3).map { _ in Self.hostile.randomElement(using: &generator) ?? "" }.joined(separator: " ")
        }
        var policy = SampleModel.policy
        policy.controller.legalName = pick()
        policy.controller.tradeNames = [pick()]
        policy.purposes[0].description = Localized(fr: pick(), en: pick())
        policy.recipients[1].name = Localized(fr: pick(), en: pick())
        policy.dataCategories[0].label = Localized(fr: pick(), en: pick())
        policy.cookies[0].name = Localized(fr: pick(), en: pick())
        for language in Self.languages {
            let html = Templates.renderer.render(policy, language: language, format: .html)
            let markdown = Templates.renderer.render(policy, language: language, format: .markdown)
            for forbidden in ["<script", "<img", "<b>", "javascript:alert(1)\">", "\u{202E}", "\u{0}"] {
                #expect(!html.contains(forbidden), "seed \(seed) \(language): html contains \(forbidden)")
            }
            let unescaped = Self.droppingEscapedCharacters(markdown)
            for forbidden in ["<script", "<img", "<b>", "](javascript", "*em*", "\n# heading", "\u{202E}"] {
                #expect(!unescaped.contains(forbidden), "seed \(seed) \(language): markdown contains \(forbidden)")
            }
            for line in markdown.split(separator: "\n") where line.hasPrefix("|") {
                let cells = line.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count
                #expect(cells >= 3, "seed \(seed): table row broken: \(line)")
            }
        }
    }

    /// The Markdown without each backslash and the character it escapes: what is left is live markup.
    static func droppingEscapedCharacters(_ markdown: String) -> String {
        var result = ""
        var escaping = false
        for char in markdown {
            if escaping {
                escaping = false
            } else if char == "\\" {
                escaping = true
            } else {
                result.append(char)
            }
        }
        return result
    }

    @Test func declaredMissingFactsAreLeftOut() {
        var policy = SampleModel.policy
        policy.missing = [MissingFact(field: "/controller/registration", note: "not in the source")]
        for language in Self.languages {
            let html = Templates.renderer.render(policy, language: language, format: .html)
            #expect(!html.contains("123 456 789"))
            #expect(!html.lowercased().contains("unknown") && !html.contains("inconnu"))
        }
    }

    @Test func noAutomatedDecisionIsStatedInOneSentence() {
        var policy = SampleModel.policy
        policy.automatedDecisions = []
        let outline = Templates.renderer.outline(policy, language: .en)
        let section = outline.sections.first { $0.kind == .automatedDecisions }
        #expect(section?.blocks.count == 1)
        #expect(section?.blocks.first.map { "\($0)" }?.contains("We make no decision based solely on automated processing") == true)
    }
}

extension OutlineSection {
    /// The section without its words: block kinds, list lengths, table sizes and row ids.
    var shape: [String] {
        blocks.map { block in
            switch block {
            case .paragraph(let runs): "p\(runs.filter { if case .text = $0 { false } else { true } }.count)"
            case .list(let items): "ul\(items.count)"
            case .table(let table): "table\(table.header.count)x\(table.rows.count)" + table.rows.map { $0.id?.string ?? "-" }.joined()
            }
        }
    }
}
