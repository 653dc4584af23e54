@testable import PolicyRendering
import Policies
import PolicyGenerator
import PolicyModel
import Testing

/// The outline's lookup tables answer what the structures they replace answered: positions by
/// identifier as a dictionary filled in order, proper-name words as the set of collected words, a
/// first letter raised as ``Swift/String/capitalizedFirst``.
@Suite struct OutlineLookupTests {
    static var policies: [Policy] {
        let generator = PolicyGenerator(seed: 7)
        return [SampleModel.policy] + Policies.all.map(\.policy) + (0..<40).map { generator.policy(index: $0) }
    }

    /// Identifiers built to hit the table's edges: duplicates, non-ASCII ones, one canonically equal
    /// to an ASCII one (the Kelvin sign is `K`), an empty one, and long ones read eight bytes at a
    /// time, with their non-ASCII byte inside the first eight or past them.
    static let identifiers: [String] = [
        "identity", "contact", "identity", "usage-data", "K", "\u{212A}", "café", "cafe\u{301}", "", "a", "b",
        "payment-1", "payment-2", "location", "location", "données-personnelles", "donne\u{301}es-personnelles",
        "\u{212A}ilometre-data", "Kilometre-data", "customer-identité", "customer-identite\u{301}", "12345678",
    ]

    /// `[Identifier: Int]` filled in list order, the first kept: the structure the table replaces.
    static func dictionary(_ ids: [Identifier<DataCategory>]) -> [Identifier<DataCategory>: Int] {
        var positions: [Identifier<DataCategory>: Int] = [:]
        for (position, id) in ids.enumerated() where positions[id] == nil { positions[id] = position }
        return positions
    }

    @Test func identifierPositionsAnswerAsADictionary() {
        var generator = FastPathTests.Generator(state: 11)
        for round in 0..<2_000 {
            let length = Int(generator.next() % 12)
            let source = round.isMultiple(of: 3) ? Self.identifiers.filter { $0.utf8.allSatisfy { $0 < 0x80 } } : Self.identifiers
            let ids = (0..<length).map { _ in Identifier<DataCategory>(generator.pick(source)) }
            let table = IdentifierPositions(ids)
            let reference = Self.dictionary(ids)
            #expect(table.count == reference.count, "\(ids)")
            for key in Self.identifiers + ["other", "identit", "identity-x"] {
                let id = Identifier<DataCategory>(key)
                #expect(table.position(of: id) == reference[id], "\(ids) \(key.debugDescription)")
            }
        }
    }

    @Test func properNameWordsReadNamesAsCollectedWords() {
        for policy in Self.policies {
            for language in [Language.fr, .en] {
                let streamed = Composer.properNameWords(of: policy, in: language)
                let collected = Composer.properNameWordsByCollecting(of: policy, in: language)
                var names = [policy.controller.legalName] + policy.controller.tradeNames
                names += policy.recipients.map { $0.name[language] ?? "" } + policy.cookies.flatMap { [$0.name[language] ?? "", $0.provider ?? ""] }
                for word in names.flatMap({ $0.split(separator: " ").map(String.init) }) + ["", "Other"] {
                    #expect(streamed.contains(word) == collected.contains(word), "\(policy.id) \(word.debugDescription)")
                    var bytes = word
                    if bytes.withUTF8({ SingleScalarText.matches($0) }) {
                        #expect(
                            bytes.withUTF8 { streamed.contains($0) } == bytes.withUTF8 { collected.contains($0) },
                            "\(policy.id) \(word.debugDescription)")
                    }
                }
            }
        }
    }

    @Test func firstWordsOfTextsAreTheCollectedOnes() {
        let joints = [" ", " \u{301}", "\u{301} ", "\r\n", " 👍🏽", "  x"]
        let texts = FastPathTests.texts(count: 5_000, seed: 12) + joints.flatMap { ["Google" + $0, "Google" + $0 + " z", $0 + "Google"] }
        var table = ProperNameWordTable(expectedCount: texts.count)
        for text in texts { table.insertFirstWord(of: text) }
        let streamed = ProperNameWords(table)
        let collected = ProperNameWords(texts.compactMap { $0.split(separator: " ").first.map(Composer.bareWord) })
        for text in texts {
            for word in text.split(separator: " ").map(Composer.bareWord) + [""] {
                #expect(streamed.contains(word) == collected.contains(word), "\(word.debugDescription)")
            }
        }
    }

    /// A table sized for fewer words than it is given grows, and still finds every word and no other.
    @Test func wordTableGrowsPastItsExpectedCount() {
        var table = ProperNameWordTable(expectedCount: 1)
        let words = (0..<200).map { "Name\($0)" }
        for word in words { table.insert(word) }
        let set = ProperNameWords(table)
        for word in words { #expect(set.contains(word)) }
        for other in ["Name200", "name1", "", "Name"] { #expect(!set.contains(other)) }
    }

    /// Running text read on the opening only: marks, joiners and line ends right after each word and
    /// further on, where the reading by characters would cut words differently.
    @Test func runningTextReadsTheOpeningAsCharactersWould() {
        let composer = Composer(policy: SampleModel.policy, language: .fr, templates: Templates.shipped)
        let words = ["Adresse", "adresse", "Nom", "Google", "É", "x", "Y"]
        let joints = [" ", "  ", " \u{301}", "\u{301} ", " \u{200D}", "\r\n", " 👍🏽", "e\u{301}", "\u{00A0}"]
        var texts: [String] = []
        for a in words {
            for joint in joints {
                for b in words { texts += [a + joint + b, a + " " + b + joint + "z", a + " " + b + " z" + joint, joint + a + " " + b] }
            }
        }
        for text in texts {
            #expect(
                composer.inRunningText(text).utf8.elementsEqual(composer.inRunningTextByCharacter(text).utf8),
                "\(text.debugDescription)")
        }
    }

    @Test func firstLetterRaisedIsNilOnlyWhenTheTextStays() {
        for text in FastPathTests.texts(count: 5_000, seed: 13) + ["un an", "Un an", "", "1 an"] {
            let raised = text.firstLetterRaised
            #expect((raised ?? text).utf8.elementsEqual((text.prefix(1).uppercased() + text.dropFirst()).utf8))
            var runs: [Inline] = [.text(text), .strong("b")]
            runs.capitalizeFirstLetter()
            #expect(runs == [.text(text.capitalizedFirst), .strong("b")])
        }
    }
}

extension Composer {
    /// ``properNameWords(of:in:)`` as first written, word strings collected first: the reference the
    /// tests compare it with.
    static func properNameWordsByCollecting(of policy: Policy, in language: Language) -> ProperNameWords {
        var words: [String] = []
        func add(_ name: String) {
            if let word = RunningText.firstBareWord(of: name) { words.append(word) }
        }
        add(policy.controller.legalName)
        policy.controller.tradeNames.forEach(add)
        for recipient in policy.recipients { add(recipient.name[language] ?? "") }
        for recipient in policy.recipients { recipient.subProcessors.forEach { add($0.name) } }
        for cookie in policy.cookies {
            if Set(cookie.name.texts.values).count == 1 { add(cookie.name[language] ?? "") }
            cookie.provider.map(add)
        }
        for transfer in policy.transfers { transfer.importer.map(add) }
        return ProperNameWords(words)
    }
}
