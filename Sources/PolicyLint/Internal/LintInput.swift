import PolicyModel

/// What one lint of a policy computes once for every rule: its localized texts, each scanned for the
/// wording patterns' literals, names in lowercase, and the findings shared by an Art. 13 rule and its
/// Art. 14 twin.
///
/// The ``Linter`` builds one per policy and hands it to the rules that read it (``InputRule``); a rule
/// checked on its own builds its own. It is not shared between threads.
final class LintInput {
    let policy: Policy
    /// The literal index the texts are scanned with.
    let index: LiteralIndex
    /// Every localized text of the policy, in the order of `Policy.localizedFields`.
    let fields: [LintField]
    /// The language versions of every field, each field's in `Localized.languages` order.
    let texts: [LintText]
    /// The languages of the texts, each once, in the order first met, with their packed codes: a
    /// text names its own by offset here (``LintText/languageSlot``), so that it holds one string, its
    /// value, and not its language's code as well.
    private let languages: [(language: Language, code: LanguageCode)]
    /// Where the texts may hold the catalogue's literals (``TextScan/hits``).
    private let hits: [LiteralHit]
    /// For each kind of field and each index, the offset in ``fields`` of its first text (the one
    /// with subindex 0).
    private let firstOffsets: FieldOffsets
    /// The controller's legal and trade names in lowercase, the empty ones left out.
    private let controllerNames: [LowercaseName]
    /// Every recipient's names in lowercase, the empty ones left out, recipient after recipient.
    private let recipientNames: [LowercaseName]
    /// For each recipient, where its names lie in ``recipientNames``.
    private let recipientNameRanges: [Range<Int>]

    init(_ policy: Policy) {
        self.policy = policy
        let index = WordingCatalogue.index
        self.index = index
        var fields: [LintField] = []
        var texts: [LintText] = []
        var hits: [LiteralHit] = []
        // Room for a large statement's fields and texts: a list that grows is copied, and its texts'
        // strings retained and released again.
        fields.reserveCapacity(512)
        texts.reserveCapacity(1024)
        hits.reserveCapacity(1024)
        // The languages met so far, with their packed codes: the fields of a policy have the same
        // languages in the same order, so each text's language is usually the one at its own position
        // in its field, found by one comparison of equal strings, instead of packed again.
        var languages: [(language: Language, code: LanguageCode)] = []
        languages.reserveCapacity(4)
        policy.forEachLocalizedField { location, text in
            let start = texts.count
            var patterns: UInt64 = 0
            var foldsToASCII = false
            // `Localized` keeps its texts sorted by language: they come in `Localized.languages` order.
            text.forEachText { language, value in
                let scan = Wording.withBytesInPlace(of: value) { index.scan($0, into: &hits) }
                patterns |= scan.patterns
                foldsToASCII = foldsToASCII || scan.foldsToASCII
                let slot = Self.slot(of: language, at: texts.count - start, in: &languages)
                texts.append(LintText(languageSlot: slot, code: languages[slot].code, value: value, scan: scan))
            }
            fields.append(
                LintField(location: location, texts: start..<texts.count, patterns: patterns, foldsToASCII: foldsToASCII))
        }
        self.fields = fields
        self.texts = texts
        self.hits = hits
        self.languages = languages
        firstOffsets = FieldOffsets(fields)
        controllerNames = ([policy.controller.legalName] + policy.controller.tradeNames)
            .map { LowercaseName($0) }.filter { !$0.text.isEmpty }
        // All the names in one list, each recipient's a range of it; each recipient read in place by
        // index (mapping would copy it, retaining all its fields).
        let recipients = policy.recipients
        var recipientNames: [LowercaseName] = []
        var recipientNameRanges: [Range<Int>] = []
        recipientNames.reserveCapacity(recipients.count * 2)
        recipientNameRanges.reserveCapacity(recipients.count)
        for i in recipients.indices {
            let start = recipientNames.count
            var previous: String? = nil
            recipients[i].name.forEachText { _, value in
                // A name lowers to an empty one only when it is empty.
                guard !value.isEmpty else { return }
                // A name is often the same in every language: the same bytes are lowered once (the
                // names are only asked whether one of them matches).
                if let previous, Wording.sameBytes(previous, value) { return }
                recipientNames.append(LowercaseName(value))
                previous = value
            }
            recipientNameRanges.append(start..<recipientNames.count)
        }
        self.recipientNames = recipientNames
        self.recipientNameRanges = recipientNameRanges
    }

    /// The offset in `languages` of `language`, the language of the text at `position` in its field:
    /// usually that position itself; else the language is looked for among the others, and recorded
    /// with its packed code if it is new.
    ///
    /// Languages are told apart as `Language` compares them (its code's `==`, canonical equivalence).
    /// Before, a packed code was reused only at the same position; every comparison is by `==` or by
    /// packed bytes, so which spelling is kept does not matter. A well-formed tag is lowercase ASCII
    /// letters, which no other string is equivalent to, so a text's language is then its own bytes.
    ///
    /// Compiled into the reading of each text: usually the first comparison answers.
    @inline(__always)
    private static func slot(
        of language: Language, at position: Int, in languages: inout [(language: Language, code: LanguageCode)]
    ) -> Int {
        if position < languages.count, languages[position].language.code == language.code { return position }
        if let slot = languages.firstIndex(where: { $0.language.code == language.code }) { return slot }
        languages.append((language, LanguageCode(language)))
        return languages.count - 1
    }

    /// The language of a text of the input.
    func language(of text: LintText) -> Language {
        languages[text.languageSlot].language
    }

    /// Whether the text at `offset` in ``texts`` is in `language`, whose packed code is `code`
    /// (``LanguageCode/equals(_:_:_:)``).
    private func isText(at offset: Int, in code: LanguageCode, _ language: Language) -> Bool {
        texts[offset].code.equals(code, languages[texts[offset].languageSlot].language, language)
    }

    /// For each of the input's languages (``LintText/languageSlot``), the offset of the first of
    /// `patterns`' entries in that language (``isText(at:in:_:)``), or `nil`: a text's entry is then
    /// found by its slot, without comparing languages for every text.
    private func entryOffsets(_ patterns: LanguagePatterns) -> [Int?] {
        languages.map { own in patterns.entries.firstIndex { own.code.equals($0.code, own.language, $0.language) } }
    }

    // MARK: Categories

    /// The data categories `isWanted` accepts (given an offset in `policy.dataCategories`, so that it
    /// reads a property in place), as purposes find them (``CategorySelection``).
    func categories(where isWanted: (Int) -> Bool) -> CategorySelection {
        CategorySelection(policy.dataCategories, where: isWanted)
    }

    /// The offsets in `policy.dataCategories` of the categories of `selection` that purpose `index`
    /// uses (`Policy.categories(of:)`, the others left out), in its order.
    func categoryOffsets(ofPurpose index: Int, in selection: CategorySelection) -> [Int] {
        guard !selection.isEmpty else { return [] }
        return policy.purposes[index].dataCategories.compactMap { selection.offset(of: $0) }
    }

    /// Whether purpose `index` uses a category of `selection` (``categoryOffsets(ofPurpose:in:)`` is
    /// not empty), answered at the first.
    func usesCategory(purpose index: Int, in selection: CategorySelection) -> Bool {
        !selection.isEmpty && policy.purposes[index].dataCategories.contains { selection.offset(of: $0) != nil }
    }

    /// The field at `location`, when the policy has a text there.
    func field(_ location: LocalizedFieldLocation) -> LintField? {
        guard let first = firstOffsets.first(location.field, location.index) else { return nil }
        // The texts of one list (a category's examples) follow each other.
        let offset = first + location.subindex
        guard offset < fields.count, fields[offset].location == location else { return nil }
        return fields[offset]
    }

    func field(_ field: LocalizedFieldLocation.Field, _ index: Int = 0, _ subindex: Int = 0) -> LintField? {
        self.field(LocalizedFieldLocation(field, index, subindex))
    }

    /// The field's text in `language`.
    func text(_ language: Language, of field: LintField) -> LintText? {
        text(LanguageCode(language), language, of: field)
    }

    /// The field's text in `language`, whose packed code is `code`.
    func text(_ code: LanguageCode, _ language: Language, of field: LintField) -> LintText? {
        textOffset(code, language, of: field).map { texts[$0] }
    }

    /// The offset in ``texts`` of the field's text in `language`, whose packed code is `code`: for
    /// reading the text in place.
    func textOffset(_ code: LanguageCode, _ language: Language, of field: LintField) -> Int? {
        for offset in field.texts where isText(at: offset, in: code, language) {
            return offset
        }
        return nil
    }

    // MARK: Wording

    /// The first match of `pattern` in a text of the policy.
    func firstMatch(_ pattern: WordingPattern, in text: LintText) -> String? {
        guard mayHold(pattern, text) else { return nil }
        return withScanned(text) { pattern.firstMatch(in: $0, text.value) }
    }

    /// Whether `pattern` matches a text of the policy.
    func matches(_ pattern: WordingPattern, _ text: LintText) -> Bool {
        guard mayHold(pattern, text) else { return false }
        return withScanned(text) { pattern.matches($0, text.value) }
    }

    /// Whether `pattern` matches one of the field's texts, whatever their language.
    ///
    /// A field none of whose texts holds one of the pattern's keys or folds to ASCII (its
    /// ``LintField/patterns`` and ``LintField/foldsToASCII``) leaves no room in any text
    /// (``mayHold(_:_:)``): it is answered at once.
    func matchesAnyText(_ pattern: WordingPattern, of field: LintField) -> Bool {
        if pattern.keys != nil, let signature = pattern.keySignature, let bit = index.patternBit(signature),
            !field.foldsToASCII, field.patterns & bit == 0
        {
            return false
        }
        for offset in field.texts where !repeatsEarlierText(at: offset, of: field) && matches(pattern, texts[offset]) {
            return true
        }
        return false
    }

    /// Whether the text at `offset` has the same bytes as an earlier text of `field` (a name is the
    /// same in every language): its answer to a pattern is the earlier one's, the scan and the regex
    /// reading only the bytes.
    private func repeatsEarlierText(at offset: Int, of field: LintField) -> Bool {
        for earlier in field.texts.lowerBound..<offset where Wording.sameBytes(texts[earlier].value, texts[offset].value) {
            return true
        }
        return false
    }

    /// Whether the scan leaves room for a match: the text holds one of the pattern's keys, or the
    /// pattern has none the index records, or the text has a character folding to ASCII letters.
    private func mayHold(_ pattern: WordingPattern, _ text: LintText) -> Bool {
        guard let keys = pattern.keys, let signature = pattern.keySignature, !text.scan.foldsToASCII else { return true }
        if let bit = index.patternBit(signature) { return text.scan.patterns & bit != 0 }
        for offset in text.scan.hits where keys.contains(hits[offset].key) { return true }
        return !index.covers(signature)
    }

    /// Calls `body` with the text's bytes and the positions its scan recorded (pointers valid for the call).
    private func withScanned<Result>(_ text: LintText, _ body: (ScannedText) -> Result) -> Result {
        Wording.withBytes(of: text.value) { bytes in
            hits.withUnsafeBufferPointer { all in
                let hits = UnsafeBufferPointer(rebasing: all[text.scan.hits])
                return body(ScannedText(bytes: bytes, scan: text.scan, index: index, hits: hits))
            }
        }
    }

    /// The first match in any language of the field, using the pattern for that language when there is one.
    func firstMatch(_ patterns: LanguagePatterns, in field: LintField) -> (Language, String)? {
        // Each text is read in place, by offset, rather than copied.
        for offset in field.texts {
            guard let pattern = patterns[texts[offset].code, language(of: texts[offset])],
                let match = firstMatch(pattern, in: texts[offset])
            else { continue }
            return (language(of: texts[offset]), match)
        }
        return nil
    }

    /// Every field with a match, in order, with its first match (what ``firstMatch(_:in:)-(LanguagePatterns,_)``
    /// answers for it): the rules that read every text of the policy.
    ///
    /// The scan's positions rule out most texts at once, without copying them: only the others are
    /// searched.
    func firstMatches(_ patterns: LanguagePatterns) -> [(field: LintField, language: Language, match: String)] {
        let entries = patterns.entries
        // For each language's pattern, its bit in the scans' `patterns` (``mayHold(_:_:)``), or 0
        // when it has none: then any text may match.
        let bits: [UInt64] = entries.map { entry in
            guard entry.pattern.keys != nil, let signature = entry.pattern.keySignature else { return 0 }
            return index.patternBit(signature) ?? 0
        }
        // A field none of whose texts holds a key of any of the patterns, or folds to ASCII, has no
        // candidate text: its texts are not looked at, unless a pattern has no bit (then every field
        // is, whatever its bits: a field may have none).
        let everyField = bits.contains(0)
        let wanted = bits.reduce(0, |)
        let entryOffsets = entryOffsets(patterns)
        var candidates: [Int] = []
        candidates.reserveCapacity(fields.count)
        // The fields and texts are read through buffers: most fields are passed over at their bits.
        fields.withUnsafeBufferPointer { fields in
          texts.withUnsafeBufferPointer { texts in
            for offset in fields.indices
            where everyField || fields[offset].foldsToASCII || fields[offset].patterns & wanted != 0 {
                for text in fields[offset].texts {
                    guard let entry = entryOffsets[texts[text].languageSlot] else { continue }
                    let bit = bits[entry]
                    if bit == 0 || texts[text].scan.foldsToASCII || texts[text].scan.patterns & bit != 0 {
                        candidates.append(offset)
                        break
                    }
                }
            }
          }
        }
        var matches: [(field: LintField, language: Language, match: String)] = []
        matches.reserveCapacity(candidates.count)
        for offset in candidates {
            if let (language, match) = firstMatch(patterns, in: fields[offset]) {
                matches.append((field: fields[offset], language: language, match: match))
            }
        }
        return matches
    }

    /// Whether any language of the field matches its pattern.
    func matches(_ patterns: LanguagePatterns, _ field: LintField) -> Bool {
        // Each text is read in place, by offset, rather than copied.
        field.texts.contains { offset in
            patterns[texts[offset].code, language(of: texts[offset])].map { matches($0, texts[offset]) } ?? false
        }
    }

    // MARK: Names

    /// Whether `name` designates the controller itself (its legal or trade name): one name, in
    /// lowercase, contains the other.
    func isController(_ name: String) -> Bool {
        isController(LowercaseName(name))
    }

    /// Whether the provider of cookie `index` is the controller itself (``isController(_:)-(String)``).
    func isController(cookieProvider index: Int) -> Bool {
        cookieProviders[index].isController
    }

    private func isController(_ candidate: LowercaseName) -> Bool {
        controllerNames.contains { NameMatching.eitherContains(candidate, $0) }
    }

    /// The recipient that `provider` (a tracker's provider, say) names, if the statement lists it: one
    /// of its names, in lowercase, contains the other.
    func recipientIndex(named provider: String) -> Int? {
        recipientIndex(named: LowercaseName(provider))
    }

    /// The recipient that the provider of cookie `index` names (``recipientIndex(named:)-(String)``).
    func recipientIndex(ofCookieProvider index: Int) -> Int? {
        cookieProviders[index].recipient
    }

    private func recipientIndex(named wanted: LowercaseName) -> Int? {
        // The names are read in place, by offset: a slice of them, iterated, copied each one.
        recipientNames.withUnsafeBufferPointer { names in
            for index in recipientNameRanges.indices
            where recipientNameRanges[index].contains(where: { NameMatching.eitherContains(names[$0], wanted) }) {
                return index
            }
            return nil
        }
    }

    /// What a cookie's provider designates: the controller, a listed recipient.
    private struct CookieProvider {
        let isController: Bool
        let recipient: Int?
    }

    /// The answers for each cookie's provider, worked out once per distinct provider (the same bytes):
    /// several rules ask about the providers, and many cookies share one.
    private lazy var cookieProviders: [CookieProvider] = {
        var providers: [String] = []
        var answers: [CookieProvider] = []
        providers.reserveCapacity(policy.cookies.count)
        answers.reserveCapacity(policy.cookies.count)
        for cookie in policy.cookies {
            guard let provider = cookie.provider else {
                // Not given: neither the controller nor a recipient. The empty name keeps both lists aligned.
                answers.append(CookieProvider(isController: false, recipient: nil))
                providers.append("")
                continue
            }
            if let earlier = providers.firstIndex(where: { Wording.sameBytes($0, provider) }) {
                answers.append(answers[earlier])
            } else {
                let name = LowercaseName(provider)
                answers.append(CookieProvider(isController: isController(name), recipient: recipientIndex(named: name)))
            }
            providers.append(provider)
        }
        return answers
    }()

    // MARK: Shared findings

    /// The findings of an Art. 13 check, by the rule's type.
    private struct Disclosure {
        let rule: ObjectIdentifier
        let findings: [Finding]
    }

    /// The findings of each Art. 13 check computed so far: a dozen at most, looked for in order
    /// rather than hashed.
    private var disclosures: [Disclosure] = []

    /// The findings of an Art. 13 check, computed once for the rule and its Art. 14 twin.
    func disclosureFindings<Rule: DisclosureRule>(of rule: Rule, context: LintContext) -> [Finding] {
        let key = ObjectIdentifier(Rule.self)
        if let known = disclosures.firstIndex(where: { $0.rule == key }) { return disclosures[known].findings }
        let findings = rule.disclosureFindings(self, context: context)
        if disclosures.isEmpty { disclosures.reserveCapacity(16) }
        disclosures.append(Disclosure(rule: key, findings: findings))
        return findings
    }
}
