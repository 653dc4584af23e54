import Foundation
import PolicyLint
import Testing

/// The catalogue itself: ids unique and lawful, every rule documented and tested.
@Suite struct CatalogueTests {
    static let ids = RuleRegistry.all.map(\.id)

    @Test func atLeastFortyRules() { #expect(Self.ids.count >= 40) }

    @Test func idsAreUnique() { #expect(Set(Self.ids).count == Self.ids.count) }

    @Test func idsFollowTheLaw() {
        for id in Self.ids {
            let lawful = id.hasPrefix("GDPR-") || id.hasPrefix("FR-LIL-") || id.hasPrefix("FR-CNIL-") || id.hasPrefix("FR-CPCE-")
                || id.hasPrefix("POLICYC-")
            #expect(lawful, "\(id)")
            #expect(id.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" }, "\(id)")
        }
    }

    @Test func everyRuleIsDocumented() {
        for rule in RuleRegistry.all {
            #expect(!rule.summary.isEmpty && !rule.fixHint.isEmpty && !rule.explanation.discussion.isEmpty, "\(rule.id)")
            #expect(!rule.articles.isEmpty, "\(rule.id) names no article")
            #expect(!rule.explanation.quotes.isEmpty, "\(rule.id) quotes no provision")
            for quote in rule.explanation.quotes {
                #expect(!quote.fr.isEmpty && !quote.en.isEmpty && !quote.source.isEmpty, "\(rule.id): \(quote.source)")
            }
            #expect(RuleDocumentation.explain(rule.id)?.contains("FR: «") == true, "\(rule.id)")
        }
        #expect(RuleDocumentation.explain("GDPR-0") == nil)
    }

    @Test func listHasOneAlignedLinePerRule() {
        let lines = RuleDocumentation.list().split(separator: "\n")
        #expect(lines.count == Self.ids.count)
        let columns = Set(lines.map { line in line.distance(from: line.startIndex, to: line.firstIndex(of: " ") ?? line.endIndex) })
        #expect(columns.count > 1 || Self.ids.count == 1)
        let severityColumn = Set(lines.map { line -> Int in
            let afterID = line.drop { $0 != " " }.drop { $0 == " " }
            return line.distance(from: line.startIndex, to: afterID.startIndex)
        })
        #expect(severityColumn.count == 1)
    }

    /// Every id appears, quoted, in a test of this target other than this file.
    @Test func everyRuleIsTested() throws {
        let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        let this = URL(fileURLWithPath: #filePath).lastPathComponent
        var sources = ""
        let files = try #require(FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil))
        for case let file as URL in files where file.pathExtension == "swift" && file.lastPathComponent != this {
            sources += try String(contentsOf: file, encoding: .utf8)
        }
        for id in Self.ids {
            #expect(sources.contains("\"\(id) ") || sources.contains("\"\(id)\""), "\(id) is not tested")
        }
    }
}
