import PolicyCatalogue
import PolicyModel

/// What every section builder needs: the policy, the language and its sentences.
///
/// `composer(.rightsItem, ("right", …), ("description", …))` fills a sentence with runs; the section
/// builders never write a sentence of their own. One composer serves one outline: it keeps what
/// several sections read (the policy's texts in this language, the rights that apply, the channels'
/// links) so each is worked out once.
final class Composer {
    let policy: Policy
    let language: Language
    /// The language's prepared sentences.
    let lexicon: Lexicon
    /// Whether the policy declares any fact missing; when not, no pointer needs to be built.
    let declaresMissingFacts: Bool

    init(policy: Policy, language: Language, templates: TemplateSet) {
        self.policy = policy
        self.language = language
        lexicon = templates.lexicon(for: language)
        declaresMissingFacts = !policy.missing.isEmpty
        rights = Law.rights(for: policy)
        supervisoryAuthority = Law.supervisoryAuthority(for: policy)
        let names = Self.properNameWords(of: policy, in: language)
        properNameWords = names
        let purposeNames = policy.purposes.map { Self.text($0.description, in: language) }
        self.purposeNames = purposeNames
        purposeNamesInRunningText = purposeNames.map { Self.runningTextLabel($0, names: names) }
        let categoryLabels = policy.dataCategories.map { Self.text($0.label, in: language) }
        self.categoryLabels = categoryLabels
        categoryLabelsInRunningText = categoryLabels.map { Self.runningTextLabel($0, names: names) }
        categoryPositions = IdentifierPositions(policy.dataCategories.map(\.id))
        purposePositions = IdentifierPositions(policy.purposes.map(\.id))
        recipientPositions = IdentifierPositions(policy.recipients.map(\.id))
    }

    /// A value for a placeholder, named as ``TemplateKeys/withPlaceholders`` names it for the key.
    ///
    /// Values are given in the order ``TemplateKeys/withPlaceholders`` lists the key's placeholders;
    /// the names document the call and are checked in debug builds.
    typealias Slot = (name: StaticString, value: Fill)

    /// What a placeholder is filled with.
    enum Fill {
        case text(String)
        case strong(String)
        case runs([Inline])
        /// The items one after the other, `separator` between each two.
        case list(ArraySlice<[Inline]>, separator: String)
        /// Plain text with its first byte, an ASCII capital, lowered: a policy's text set in running
        /// text (``Composer/runningText(_:)``, ``RunningTextLabel/fill``), written into the sentence
        /// lowered. Any other first byte is written as it is.
        case loweredText(String)

        /// The value of a slot a call leaves out: it adds nothing to the sentence.
        static var nothing: Fill { .runs([]) }

        /// Runs as a value: one plain run is plain text, which needs no array.
        static func runs(_ runs: Runs) -> Fill {
            switch runs {
            case .plain(let text): .text(text)
            case .mixed(let runs): .runs(runs)
            }
        }

        /// At least as many runs as the value can add to a sentence: the size to reserve.
        var runCountBound: Int {
            switch self {
            case .text, .strong, .loweredText: 1
            case .runs(let runs): runs.count
            case .list(let items, _): items.reduce(items.count) { $0 + $1.count }
            }
        }
    }

    // MARK: Sentences

    /// The sentence `key` with no values: a placeholder is left out.
    func callAsFunction(_ key: SentenceKey?) -> [Inline] {
        key.flatMap { lexicon[$0] }?.runs ?? []
    }

    /// The sentence `key`, its placeholder filled with `a`.
    func callAsFunction(_ key: SentenceKey?, _ a: Slot) -> [Inline] {
        assert(Self.slotsMatch(key, [a.name]))
        return fill(key, a.value, Fill.nothing, Fill.nothing)
    }

    /// The sentence `key`, its placeholders filled with `a` and `b`.
    func callAsFunction(_ key: SentenceKey?, _ a: Slot, _ b: Slot) -> [Inline] {
        assert(Self.slotsMatch(key, [a.name, b.name]))
        return fill(key, a.value, b.value, Fill.nothing)
    }

    /// The sentence `key` as plain text, for headings, labels and table headers.
    func string(_ key: SentenceKey?) -> String {
        key.flatMap { lexicon[$0] }?.plain ?? ""
    }

    /// The sentence `key` as plain text, its placeholders filled with plain text.
    func string(
        _ key: SentenceKey?, _ a: (name: StaticString, value: String),
        _ b: (name: StaticString, value: String)? = nil, _ c: (name: StaticString, value: String)? = nil
    ) -> String {
        assert(Self.slotsMatch(key, [a.name] + (b.map { [$0.name] } ?? []) + (c.map { [$0.name] } ?? [])))
        // Written by the plain-text writer, which flattens bold and links to their text.
        let text = plainText(capitalized: false) { out in
            out.append(key, flattening: true) { slot in
                switch slot {
                case 0: out.append(a.value)
                case 1: if let b { out.append(b.value) }
                case 2: if let c { out.append(c.value) }
                default: break
                }
            }
        }
        // The writer flattens every run, so it always answers.
        return text ?? ""
    }

    /// The sentence named `key` as plain text, for callers outside the outline (`index.link`).
    func string(_ key: String) -> String {
        TemplateKeys.indices[key] == nil ? "" : string(SentenceKey(key))
    }

    /// A link to another section of the statement, labelled with that section's heading.
    func link(to section: StatementSection) -> [Inline] {
        [.anchor(text: string(SentenceKey.heading[section]), id: section.anchor)]
    }

    /// The sentence `key` filled with the values `a`, `b` and `c` (``Fill/nothing`` for a slot the call
    /// does not give).
    ///
    /// The values are taken as they are, not wrapped in optionals: wrapping a borrowed value copies it,
    /// and each copy is released again when the sentence is filled.
    private func fill(_ key: SentenceKey?, _ a: Fill, _ b: Fill, _ c: Fill) -> [Inline] {
        guard let sentence = key.flatMap({ lexicon[$0] }) else { return [] }
        return Self.fill(sentence, a, b, c, scratch: &scratch.pointee)
    }

    /// A value on its own, as runs: what it adds to a sentence where it stands alone.
    func runs(of value: Fill) -> [Inline] {
        var runs = SentenceRuns(capacity: value.runCountBound)
        runs.append(value, scratch: &scratch.pointee)
        return runs.finish(scratch: &scratch.pointee)
    }

    /// The sentence `key`, its placeholder filled with `a`, as ``Runs``: part of a table cell, which
    /// needs no array when the sentence is one plain run.
    func runs(_ key: SentenceKey?, _ a: Slot) -> Runs {
        assert(Self.slotsMatch(key, [a.name]))
        return fillRuns(key, a.value, Fill.nothing)
    }

    /// The sentence `key`, its placeholders filled with `a` and `b`, as ``Runs``: a table cell, which
    /// needs no array when the sentence is one plain run.
    func runs(_ key: SentenceKey?, _ a: Slot, _ b: Slot) -> Runs {
        assert(Self.slotsMatch(key, [a.name, b.name]))
        return fillRuns(key, a.value, b.value)
    }

    /// ``fill(_:_:_:_:)`` as ``Runs``, for sentences of at most two placeholders.
    private func fillRuns(_ key: SentenceKey?, _ a: Fill, _ b: Fill) -> Runs {
        guard let sentence = key.flatMap({ lexicon[$0] }) else { return .mixed([]) }
        var runs = Self.filled(sentence, a, b, Fill.nothing, scratch: &scratch.pointee)
        return runs.finishRuns(scratch: &scratch.pointee)
    }

    /// ``fill(_:_:_:_:)`` of a sentence found, the scratch buffer held for the whole sentence.
    private static func fill(_ sentence: Lexicon.Sentence, _ a: Fill, _ b: Fill, _ c: Fill, scratch: inout UTF8Output) -> [Inline] {
        var runs = filled(sentence, a, b, c, scratch: &scratch)
        return runs.finish(scratch: &scratch)
    }

    /// The sentence `key` filled with `a` and `b`, then `separator`, then the sentence `next` filled
    /// with `c`: the runs ``RunsBuilder`` makes of the first sentence's runs, the separator and the
    /// second's, built as one sentence, without the runs of each.
    func callAsFunction(_ key: SentenceKey?, _ a: Slot, _ b: Slot, then separator: String, _ next: SentenceKey?, _ c: Slot) -> [Inline] {
        assert(Self.slotsMatch(key, [a.name, b.name]) && Self.slotsMatch(next, [c.name]))
        let first = key.flatMap { lexicon[$0] }
        let second = next.flatMap { lexicon[$0] }
        let bound = (first?.pieces.count ?? 0) + (second?.pieces.count ?? 0) + 1
            + a.value.runCountBound + b.value.runCountBound + c.value.runCountBound
        var runs = SentenceRuns(capacity: bound)
        if let first { Self.append(first, a.value, b.value, Fill.nothing, to: &runs, scratch: &scratch.pointee) }
        runs.append(text: separator, scratch: &scratch.pointee)
        if let second { Self.append(second, c.value, Fill.nothing, Fill.nothing, to: &runs, scratch: &scratch.pointee) }
        return runs.finish(scratch: &scratch.pointee)
    }

    /// The runs of a sentence found with its placeholders filled, not yet finished.
    @inline(__always)
    private static func filled(
        _ sentence: Lexicon.Sentence, _ a: Fill, _ b: Fill, _ c: Fill, scratch: inout UTF8Output
    ) -> SentenceRuns {
        var runs = SentenceRuns(capacity: sentence.pieces.count + a.runCountBound + b.runCountBound + c.runCountBound)
        append(sentence, a, b, c, to: &runs, scratch: &scratch)
        return runs
    }

    /// Appends the runs of a sentence found with its placeholders filled.
    @inline(__always)
    private static func append(
        _ sentence: Lexicon.Sentence, _ a: Fill, _ b: Fill, _ c: Fill, to runs: inout SentenceRuns, scratch: inout UTF8Output
    ) {
        for piece in sentence.pieces {
            switch piece {
            case .run(let run): runs.append(run, scratch: &scratch)
            case .slot(0?): runs.append(a, scratch: &scratch)
            case .slot(1?): runs.append(b, scratch: &scratch)
            case .slot(2?): runs.append(c, scratch: &scratch)
            case .slot: break
            }
        }
    }

    /// Whether `names` are the key's placeholders in registry order (debug builds only).
    private static func slotsMatch(_ key: SentenceKey?, _ names: [StaticString]) -> Bool {
        guard let key else { return true }
        let expected = TemplateKeys.placeholders(ofKeyAt: key.index)
        return names.map { $0.description } == Array(expected.prefix(names.count))
    }

    // MARK: What several sections read
    //
    // Worked out when the composer is made: every statement reads them, and a stored constant is read
    // in place, where a lazy property is read through an exclusivity check and a retained copy.

    /// The rights that apply to the policy.
    let rights: [DataSubjectRight]

    /// The authority a complaint is lodged with.
    let supervisoryAuthority: SupervisoryAuthority?

    /// Whether the right to object has its own section (Art. 21(4)).
    var objectionShownApart: Bool {
        rights.contains { $0 == .objection || $0 == .objectionToDirectMarketing }
    }

    /// The first words of the names the policy uses, which keep their capital wherever they stand.
    let properNameWords: ProperNameWords

    /// The policy's own text in this language, trimmed; empty when the language is absent.
    func text(_ localized: Localized?) -> String {
        Self.text(localized, in: language)
    }

    /// ``text(_:)`` in `language`.
    static func text(_ localized: Localized?, in language: Language) -> String {
        localized?[language]?.trimmingSpaces ?? ""
    }

    /// Each purpose's description in this language, in the policy's order.
    let purposeNames: [String]

    /// ``purposeNames`` set in running text.
    private let purposeNamesInRunningText: [RunningTextLabel]

    /// The description of the purpose at `index`, set in running text.
    func purposeNameInRunningText(at index: Int) -> RunningTextLabel {
        purposeNamesInRunningText[index]
    }

    /// Each data category's label in this language, in the policy's order.
    let categoryLabels: [String]

    /// ``categoryLabels`` set in running text.
    private let categoryLabelsInRunningText: [RunningTextLabel]

    /// The label of the category at `index`, set in running text.
    func categoryLabelInRunningText(at index: Int) -> RunningTextLabel {
        categoryLabelsInRunningText[index]
    }

    /// The position of each category in the policy, by identifier; the first wins, as ``Policy/dataCategory(_:)``.
    let categoryPositions: IdentifierPositions<DataCategory>

    /// The positions of the categories `ids` names, in the order given, leaving out unknown ones.
    func categoryIndices(_ ids: [DataCategoryID]) -> [Int] {
        let positions = categoryPositions
        var indices: [Int] = []
        indices.reserveCapacity(ids.count)
        for id in ids {
            if let index = positions.position(of: id) { indices.append(index) }
        }
        return indices
    }

    /// The positions of the policy's categories found by their identifiers: each its own unless two share one.
    var allCategoryIndices: [Int] {
        categoryPositions.count == policy.dataCategories.count
            ? Array(policy.dataCategories.indices) : categoryIndices(policy.dataCategories.map(\.id))
    }

    /// The position of each purpose in the policy, by identifier; the first wins, as ``Policy/purpose(_:)``.
    let purposePositions: IdentifierPositions<Purpose>

    /// The position of each recipient in the policy, by identifier; the first wins, as ``Policy/recipient(_:)``.
    let recipientPositions: IdentifierPositions<Recipient>

    /// Each retention rule's duration (``RetentionSection/durations(_:)``): the purposes table reads them too.
    var retentionDurations: [Runs]?

    /// Each channel's runs, worked out once: several sections list the same channels. A policy has a
    /// handful of channels, so a scan by equality is cheaper than hashing a channel with its address.
    var channelRuns: [(channel: ContactChannel, runs: [Inline])] = []

    /// Where ``fill(_:_:_:_:)``, ``joined(_:separator:)`` and ``plainText(capitalized:_:)`` join a plain
    /// run of several pieces before making it a string.
    ///
    /// Only a sentence being filled, or a value being made runs (``runs(of:)``), is written there, and
    /// nothing else is filled meanwhile: the values are made before the sentence is.
    ///
    /// Held through a pointer the composer owns (made in `init`, freed in `deinit`), not as a stored
    /// variable: the class's variables are reached through a dynamic exclusivity check, paid at every
    /// sentence, and the rule above already says that one sentence at a time writes here.
    let scratch: UnsafeMutablePointer<UTF8Output> = {
        let storage = UnsafeMutablePointer<UTF8Output>.allocate(capacity: 1)
        storage.initialize(to: UTF8Output(capacity: 1024))
        return storage
    }()

    deinit {
        scratch.deinitialize(count: 1)
        scratch.deallocate()
    }
}
