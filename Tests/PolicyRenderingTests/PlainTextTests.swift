@testable import PolicyRendering
import PolicyGenerator
import PolicyModel
import Testing

/// Cells written as one plain text in the composer's scratch buffer (``PlainTextWriter``) read as
/// the runs built sentence by sentence, for the shipped templates and for templates whose sentences
/// hold bold text, where the writer must give up and the runs are built instead.
@Suite struct PlainTextTests {
    /// Policy texts that exercise the edges: a closing full stop kept or dropped, an opening letter
    /// raised on bytes or by characters, nothing at all.
    static let criteria = ["à définir.", "etc.", "voir les textes...", "Durée légale", "été prochain", "x", "",
                           "ǅemal.", "1 an", " espaces autour. "]
    static let periods: [Period?] = [nil, Period(1, .years), Period(13, .months), Period(0, .days), Period(-2, .days),
                                     Period(10, .workingDays), Period(12_345_678, .years)]

    /// Each retention rule of generated policies, and variants of it, reads as its runs.
    @Test(arguments: [false, true]) func durationsReadAsTheirRuns(boldTemplates: Bool) throws {
        let templates = try boldTemplates ? Self.boldTemplates() : Templates.shipped
        var random = FastPathTests.Generator(state: 5)
        var plain = 0, mixed = 0
        for policy in Self.policies() {
            for language in [Language.fr, .en] {
                let c = Composer(policy: policy, language: language, templates: templates)
                for (index, rule) in policy.retention.enumerated() {
                    var variants = [rule]
                    for _ in 0..<4 {
                        var variant = rule
                        variant.period = random.pick(Self.periods)
                        variant.criteria = random.next() % 3 == 0 ? nil : Localized(name: random.pick(Self.criteria))
                        variant.startingEvent = random.next() % 3 == 0 ? nil : Localized(name: random.pick(Self.criteria))
                        variant.legalReference = random.next() % 2 == 0 ? nil : random.pick(["CMF art. L.561-12", "", "é"])
                        variants.append(variant)
                    }
                    for variant in variants {
                        let pointer = JSONPointer(["retention"]) / index
                        let written = RetentionSection.duration(c, variant, at: pointer)
                        #expect(written == RetentionSection.durationRuns(c, variant, at: pointer), "\(variant)")
                        if case .plain = written { plain += 1 } else if !written.isEmpty { mixed += 1 }
                    }
                }
            }
        }
        // The writer wrote plain texts with the shipped templates, and gave up with bold ones.
        #expect(plain > 100)
        #expect(boldTemplates ? mixed > 100 : mixed == 0)
    }

    /// Each retention rule as the purposes table writes it, the data it covers before its period, reads as its runs.
    @Test(arguments: [false, true]) func retentionRulesOfPurposesReadAsTheirRuns(boldTemplates: Bool) throws {
        let templates = try boldTemplates ? Self.boldTemplates() : Templates.shipped
        var plain = 0, mixed = 0
        for policy in Self.policies() + [SampleModel.policy] {
            for language in [Language.fr, .en] {
                let c = Composer(policy: policy, language: language, templates: templates)
                let durations = RetentionSection.durations(c)
                for index in policy.retention.indices where !durations[index].isEmpty {
                    let written = PurposesSection.ruleText(c, at: index, durations: durations)
                    #expect(written == PurposesSection.ruleTextRuns(c, at: index, durations: durations), "\(policy.retention[index])")
                    if case .plain = written { plain += 1 } else { mixed += 1 }
                }
            }
        }
        // The writer wrote plain texts with the shipped templates, and gave up with bold ones.
        #expect(boldTemplates ? plain == 0 && mixed > 100 : plain > 100 && mixed == 0)
    }

    /// Each recipient's countries, with sub-processors added, read as their runs.
    @Test(arguments: [false, true]) func countriesReadAsTheirRuns(boldTemplates: Bool) throws {
        let templates = try boldTemplates ? Self.boldTemplates() : Templates.shipped
        var random = FastPathTests.Generator(state: 6)
        let codes: [CountryCode] = ["US", "IE", "FR", "IN", "ZZ", "GB"]
        var checked = 0
        for policy in Self.policies() {
            for language in [Language.fr, .en] {
                let c = Composer(policy: policy, language: language, templates: templates)
                for (index, recipient) in policy.recipients.enumerated() {
                    var variant = recipient
                    variant.processingCountries = (0..<Int(random.next() % 3)).map { _ in random.pick(codes) }
                    variant.subProcessors = (0..<Int(random.next() % 3)).map { _ in
                        SubProcessor(name: random.pick(["Sub SA", "Ünter GmbH", ""]),
                                     processingCountries: (0..<Int(random.next() % 3)).map { _ in random.pick(codes) })
                    }
                    for candidate in [recipient, variant] {
                        let pointer = JSONPointer(["recipients"]) / index
                        #expect(RecipientsSection.countries(c, candidate, at: pointer)
                            == RecipientsSection.countryRuns(c, candidate, at: pointer), "\(candidate)")
                        checked += 1
                    }
                }
            }
        }
        #expect(checked > 100)
    }

    /// Each transfer's safeguard, with references and derogations varied, reads as its runs.
    @Test(arguments: [false, true]) func safeguardsReadAsTheirRuns(boldTemplates: Bool) throws {
        let templates = try boldTemplates ? Self.boldTemplates() : Templates.shipped
        var random = FastPathTests.Generator(state: 7)
        var checked = 0
        for policy in Self.policies() {
            for language in [Language.fr, .en] {
                let c = Composer(policy: policy, language: language, templates: templates)
                for (index, transfer) in policy.transfers.enumerated() {
                    var variant = transfer
                    variant.mechanism = random.pick(TransferMechanism.allCases)
                    variant.reference = random.next() % 2 == 0 ? nil : random.pick(["2021/914", "", "réf. été"])
                    variant.derogation = random.next() % 2 == 0 ? nil : random.pick(Derogation.allCases)
                    for candidate in [transfer, variant] {
                        let pointer = JSONPointer(["transfers"]) / index
                        #expect(TransfersSection.safeguard(c, candidate, at: pointer)
                            == Runs(TransfersSection.safeguardRuns(c, candidate, at: pointer)), "\(candidate)")
                        checked += 1
                    }
                }
            }
        }
        #expect(checked > 50)
    }

    /// A recipient's safeguard cell reads as its mechanisms' sentences joined as runs.
    @Test(arguments: [false, true]) func recipientSafeguardsReadAsTheirRuns(boldTemplates: Bool) throws {
        var templates = Templates.shipped
        if boldTemplates {
            let directory = try Templates.copy()
            for language in ["fr", "en"] {
                try Templates.edit(directory, language + "/recipients.txt", replacing: "mechanism.certification = ", with: "mechanism.certification = **!** ")
                try Templates.edit(directory, language + "/recipients.txt", replacing: "mechanism.codeOfConduct = ", with: "mechanism.codeOfConduct = A **** B ")
            }
            templates = try TemplateSet.load(directory: directory)
        }
        var random = FastPathTests.Generator(state: 13)
        for language in [Language.fr, .en] {
            let c = Composer(policy: SampleModel.policy, language: language, templates: templates)
            let recipient = SampleModel.policy.recipients[0]
            for _ in 0..<500 {
                let mechanisms = (0..<Int(1 + random.next() % 3)).map { _ in random.pick(TransferMechanism.allCases) }
                #expect(RecipientsSection.safeguard(c, recipient, mechanisms: mechanisms)
                    == Runs(RecipientsSection.mechanismRuns(c, mechanisms)), "\(mechanisms)")
            }
        }
    }

    /// Periods read as the sentence filled with the amount as `String(amount)`, capitalized or not.
    @Test func periodsReadAsTheirSentences() {
        let amounts = [Int.min, -12, -1, 0, 1, 2, 9, 10, 11, 99, 100, 101, 12_345, Int.max]
        for language in [Language.fr, .en] {
            let c = Composer(policy: SampleModel.policy, language: language, templates: Templates.shipped)
            for unit in Period.Unit.allCases {
                for amount in amounts {
                    let expected = amount == 1
                        ? c.string(SentenceKey.periodOne[unit])
                        : c.string(SentenceKey.periodOther[unit], ("n", String(amount)))
                    #expect(c.period(Period(amount, unit)) == expected)
                    #expect(c.period(Period(amount, unit), capitalized: true) == expected.capitalizedFirst)
                    #expect(expected.contains(String(amount)) || amount == 1)
                }
            }
        }
    }

    /// Two sentences and a separator filled as one read as the runs of each, joined by ``RunsBuilder``.
    @Test func sentencesThenSentenceReadAsJoinedRuns() {
        var random = FastPathTests.Generator(state: 8)
        for language in [Language.fr, .en] {
            let c = Composer(policy: SampleModel.policy, language: language, templates: Templates.shipped)
            for _ in 0..<2_000 {
                let a = Self.randomFill(&random), b = Self.randomFill(&random), d = Self.randomFill(&random)
                let separator = random.pick([" ", "", "; "])
                var expected = RunsBuilder()
                expected.append(c(.provisionItem, ("purpose", a), ("requirement", b)))
                expected.append(text: separator)
                expected.append(c(.provisionConsequences, ("consequences", d)))
                let built = c(.provisionItem, ("purpose", a), ("requirement", b), then: separator, .provisionConsequences, ("consequences", d))
                #expect(built == expected.finish())
            }
        }
    }

    /// `Composer.string` with values reads as the pieces' texts and the values joined with `+`.
    @Test func stringsReadAsTheirPiecesJoined() {
        for language in [Language.fr, .en] {
            let c = Composer(policy: SampleModel.policy, language: language, templates: Templates.shipped)
            for value in FastPathTests.texts(count: 300, seed: 9) {
                let pieces = c.lexicon[.pageTitle]?.pieces ?? []
                var expected = ""
                for piece in pieces {
                    switch piece {
                    case .run(let run): expected += run.plainText
                    case .slot(0?): expected += value
                    case .slot: break
                    }
                }
                #expect(c.string(.pageTitle, ("controller", value)) == expected)
                #expect(!expected.isEmpty)
            }
        }
    }

    /// Addresses on one line read as their parts joined with `+=`, as they were built before.
    @Test func addressesReadAsTheirPartsJoined() {
        var random = FastPathTests.Generator(state: 10)
        let parts = ["", " ", "12 rue X", " Bâtiment B ", "64100", "Bayonne", " Paris ", "Ünter"]
        for language in [Language.fr, .en] {
            let c = Composer(policy: SampleModel.policy, language: language, templates: Templates.shipped)
            for _ in 0..<3_000 {
                let address = PostalAddress(
                    lines: (0..<Int(random.next() % 3)).map { _ in random.pick(parts) },
                    postalCode: random.next() % 3 == 0 ? nil : random.pick(parts),
                    locality: random.next() % 3 == 0 ? nil : random.pick(parts),
                    country: random.pick(["FR", "BE", "ZZ"]))
                var expected = ""
                func add(_ part: String) {
                    guard !part.isEmpty else { return }
                    if !expected.isEmpty { expected += ", " }
                    expected += part
                }
                for line in address.lines { add(line.trimmingSpaces) }
                let postalCode = address.postalCode?.trimmingSpaces ?? "", locality = address.locality?.trimmingSpaces ?? ""
                add(!postalCode.isEmpty && !locality.isEmpty ? postalCode + " " + locality : postalCode + locality)
                add(c.country(address.country))
                #expect(c.address(address) == expected, "\(address)")
            }
        }
    }

    /// A purpose's data cell reads as its categories' labels joined, found one by one.
    @Test func dataCellsReadAsTheLabelsJoined() {
        var random = FastPathTests.Generator(state: 11)
        var several = 0
        for policy in Self.policies() {
            for language in [Language.fr, .en] {
                let c = Composer(policy: policy, language: language, templates: Templates.shipped)
                let ids = policy.dataCategories.map(\.id) + ["unknown-category"]
                for _ in 0..<50 {
                    let picked = (0..<Int(random.next() % 6)).map { _ in random.pick(ids) }
                    let indices = c.categoryIndices(picked)
                    let labels = indices.enumerated().map { position, index in
                        position == 0 ? c.categoryLabels[index] : c.categoryLabelInRunningText(at: index).string
                    }
                    let joined = labels.joined(separator: ", ")
                    #expect(PurposesSection.data(c, picked) == (joined.isEmpty ? .mixed([]) : .plain(joined)), "\(picked)")
                    if indices.count > 1 { several += 1 }
                }
            }
        }
        #expect(several > 100)
    }

    /// The rules grouped by purpose read as an array of rules per purpose, filled pair by pair.
    @Test func rulesByPurposeReadAsArraysPerPurpose() {
        var random = FastPathTests.Generator(state: 12)
        for _ in 0..<2_000 {
            let purposes = Int(random.next() % 6)
            let pairs = purposes == 0 ? [] : (0..<Int(random.next() % 12)).map { rule in (purpose: Int(random.next() % UInt64(purposes)), rule: rule) }
            var expected = Array(repeating: [Int](), count: purposes)
            for pair in pairs { expected[pair.purpose].append(pair.rule) }
            let grouped = PurposesSection.RulesByPurpose(purposes: purposes, pairs: pairs)
            for purpose in 0..<purposes { #expect(Array(grouped[purpose]) == expected[purpose]) }
        }
    }

    static func randomFill(_ random: inout FastPathTests.Generator) -> Composer.Fill {
        switch random.next() % 4 {
        case 0: .text(random.pick(FastPathTests.pieces))
        case 1: .strong(random.pick(FastPathTests.pieces))
        case 2: .runs(SentenceRunsTests.randomRuns(&random))
        default: .text("")
        }
    }

    /// Generated policies of every size, a few declaring facts missing.
    static func policies() -> [Policy] {
        [PolicySize.small, .mixed, .large].flatMap { size in
            let generator = PolicyGenerator(seed: 77, size: size)
            return (1...4).map { generator.policy(index: $0) }
        }
    }

    /// The shipped templates with bold text in every sentence the writer reads, in both languages.
    static func boldTemplates() throws -> TemplateSet {
        let directory = try Templates.copy()
        for language in ["fr", "en"] {
            try Templates.edit(directory, language + "/retention.txt", replacing: "retention.criteria = ", with: "retention.criteria = **!** ")
            try Templates.edit(directory, language + "/retention.txt", replacing: "retention.periodFrom = ", with: "retention.periodFrom = **!** ")
            try Templates.edit(directory, language + "/recipients.txt", replacing: "recipients.viaSubProcessor = ", with: "recipients.viaSubProcessor = **!** ")
            try Templates.edit(directory, language + "/recipients.txt", replacing: "transfers.reference = ", with: "transfers.reference = **!** ")
            try Templates.edit(directory, language + "/recipients.txt", replacing: "derogation.publicInterest = ", with: "derogation.publicInterest = **!** ")
            try Templates.edit(directory, language + "/purposes.txt", replacing: "purposes.retentionRule = ", with: "purposes.retentionRule = **!** ")
        }
        return try TemplateSet.load(directory: directory)
    }
}
