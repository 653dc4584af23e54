import PolicyGenerator
import Testing

@testable import PolicyLint

/// The flat layout of a requirement (``RequirementTable``) against the requirement it lays out: it
/// reads back as the same requirement, and a text meets it exactly when the text meets the
/// requirement read part by part.
@Suite struct RequirementTableTests {
    /// The requirement the table lays out from `node` on.
    static func rebuilt(_ table: RequirementTable, _ node: Int = 0) -> Requirement {
        let entry = table.nodes[node]
        let parts = entry.first..<entry.first + entry.count
        switch entry.kind {
        case .literal:
            let flags = entry.flags
            return .literal(RequiredLiteral(
                bytes: Array(table.bytes[parts]), boundaryBefore: flags & RequirementTable.boundaryBefore != 0,
                boundaryAfter: flags & RequirementTable.boundaryAfter != 0,
                wordBefore: flags & RequirementTable.wordBefore != 0, wordAfter: flags & RequirementTable.wordAfter != 0))
        case .all: return .all(parts.map { rebuilt(table, $0) })
        case .any: return .any(parts.map { rebuilt(table, $0) })
        }
    }

    static var requirements: [Requirement] {
        var requirements = WordingCatalogue.all.compactMap(\.literals.requirement)
        var generator = SplitMix64(seed: 0x7AB1E)
        for _ in 0..<300 { requirements.append(RegexLiteralsTests.randomRequirement(&generator, depth: 3)) }
        return requirements
    }

    @Test func readsBackAsTheRequirement() {
        for requirement in Self.requirements {
            #expect(Self.rebuilt(RequirementTable(requirement)) == requirement, "\(requirement)")
        }
    }

    @Test func textsMeetItAsTheyMeetTheRequirement() {
        let index = WordingCatalogue.index
        let texts = LintInputTests.texts + ["ab abc abcd", "data some", "x ab", "abcdata", "Some DATA x", "xabc d"]
        for requirement in Self.requirements {
            let table = RequirementTable(requirement)
            for text in texts {
                var hits: [LiteralHit] = []
                let scan = Wording.withBytes(of: text) { index.scan($0, into: &hits) }
                Wording.withBytes(of: text) { bytes in
                    let direct = ScannedText(bytes: bytes)
                    #expect(direct.meets(table) == direct.plainlyMeets(requirement), "\(requirement) on \(text)")
                    hits.withUnsafeBufferPointer { hits in
                        let scanned = ScannedText(bytes: bytes, scan: scan, index: index, hits: hits)
                        #expect(scanned.meets(table) == scanned.plainlyMeets(requirement), "\(requirement) on \(text)")
                        // The scan's hits and key bits answer as reading the whole text does.
                        #expect(scanned.meets(table) == direct.plainlyMeets(requirement), "\(requirement) on \(text)")
                    }
                }
            }
        }
    }

    /// Texts made of each catalogue pattern's literals, so that many of them meet their pattern.
    static var catalogueTexts: [String] {
        WordingCatalogue.all.compactMap { pattern in
            pattern.literals.requirement.map { requirement in
                requirement.literals.map { String(decoding: $0.bytes, as: UTF8.self) }.joined(separator: " ")
            }
        }
    }

    /// The catalogue's own patterns, whose keys the index knows, are met through the shortcut that
    /// skips the key lookups (``ScannedText/meets(_:keysKnown:)``) exactly as read part by part.
    @Test func catalogueTextsMeetItWithKnownKeys() {
        let index = WordingCatalogue.index
        let texts = LintInputTests.texts + Self.catalogueTexts
        var met = 0
        for pattern in WordingCatalogue.all {
            guard let requirement = pattern.literals.requirement else { continue }
            let table = RequirementTable(requirement)
            for text in texts {
                var hits: [LiteralHit] = []
                let scan = Wording.withBytes(of: text) { index.scan($0, into: &hits) }
                Wording.withBytes(of: text) { bytes in
                    hits.withUnsafeBufferPointer { hits in
                        let scanned = ScannedText(bytes: bytes, scan: scan, index: index, hits: hits)
                        let expected = scanned.plainlyMeets(requirement)
                        #expect(scanned.meets(table, keysKnown: index.isBuilt(with: pattern)) == expected,
                                "\(pattern.source) on \(text)")
                        #expect(ScannedText(bytes: bytes).plainlyMeets(requirement) == expected, "\(pattern.source) on \(text)")
                        if expected { met += 1 }
                    }
                }
            }
        }
        // The texts do meet the patterns, each pattern at least once on average: the shortcut answered yes too.
        #expect(met >= WordingCatalogue.all.count)
    }
}

extension RequirementTableTests {
    /// What lets ``ScannedText/meets(_:keysKnown:)`` skip the key lookups: the index knows every key
    /// of the patterns it was built with, and only of those does it say it was built with them.
    @Test func indexKnowsTheKeysOfItsPatterns() {
        let index = WordingCatalogue.index
        for pattern in WordingCatalogue.all {
            #expect(index.isBuilt(with: pattern), "\(pattern.source)")
            for literal in pattern.literals.requirement?.literals ?? [] {
                if let key = literal.key { #expect(index.knows(key), "\(pattern.source)") }
            }
        }
        let other: WordingPattern = #"\bnot in the catalogue\b"#
        #expect(!index.isBuilt(with: other))
        let own = LiteralIndex(patterns: [other])
        #expect(own.isBuilt(with: other))
        #expect(!own.isBuilt(with: WordingCatalogue.all[0]))
    }
}

extension ScannedText {
    /// The requirement read part by part, each literal by ``contains(_:certain:)``.
    func plainlyMeets(_ requirement: Requirement) -> Bool {
        switch requirement {
        case .literal(let literal): return contains(literal)
        case .all(let parts): return parts.allSatisfy { plainlyMeets($0) }
        case .any(let parts): return parts.contains { plainlyMeets($0) }
        }
    }
}
