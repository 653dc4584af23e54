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
    /// Where the texts may hold the catalogue's literals (``TextScan/hits``).
    private let hits: [LiteralHit]
    /// For each kind of field and each index, the offset in ``fields`` of its first text (the one
    /// with subindex 0), or -1.
    private let firstOffsets: [[Int]]
    /// The controller's legal and trade names in lowercase, the empty ones left out.
    private let controllerNames: [LowercaseName]
    /// Each recipient's names in lowercase, the empty ones left out.
    private let recipientNames: [[LowercaseName]]
    /// For each purpose, the offsets in `policy.dataCategories` of the categories it uses
    /// (`Policy.categories(of:)`: the first category with each identifier, unknown ones left out).
    private let purposeCategories: [[Int]]

    init(_ policy: Policy) {
        self.policy = policy
        let index = WordingCatalogue.index
        self.index = index
        var fields: [LintField] = []
        var texts: [LintText] = []
        var hits: [LiteralHit] = []
        var firstOffsets: [[Int]] = []
        fields.reserveCapacity(128)
        texts.reserveCapacity(256)
        policy.forEachLocalizedField { location, text in
            let start = texts.count
            for (language, value) in text.texts {
                let scan = Wording.withBytes(of: value) { index.scan($0, into: &hits) }
                let version = LintText(language: language, code: LanguageCode(language), value: value, scan: scan)
                // Kept in `Localized.languages` order: a field has one or two languages, rarely more.
                if texts.count > start, language < texts[texts.count - 1].language {
                    var position = texts.count - 1
                    while position > start, language < texts[position - 1].language { position -= 1 }
                    texts.insert(version, at: position)
                } else {
                    texts.append(version)
                }
            }
            if location.subindex == 0 {
                let kind = Int(location.field.rawValue)
                while firstOffsets.count <= kind { firstOffsets.append([]) }
                while firstOffsets[kind].count < location.index { firstOffsets[kind].append(-1) }
                if firstOffsets[kind].count == location.index { firstOffsets[kind].append(fields.count) }
            }
            fields.append(LintField(location: location, text: text, texts: start..<texts.count))
        }
        self.fields = fields
        self.texts = texts
        self.hits = hits
        self.firstOffsets = firstOffsets
        controllerNames = ([policy.controller.legalName] + policy.controller.tradeNames)
            .map { LowercaseName($0) }.filter { !$0.text.isEmpty }
        recipientNames = policy.recipients.map { recipient in
            recipient.name.texts.values.map { LowercaseName($0) }.filter { !$0.text.isEmpty }
        }
        var categoryOffsets: [DataCategoryID: Int] = [:]
        categoryOffsets.reserveCapacity(policy.dataCategories.count)
        for (offset, category) in policy.dataCategories.enumerated() where categoryOffsets[category.id] == nil {
            categoryOffsets[category.id] = offset
        }
        purposeCategories = policy.purposes.map { purpose in purpose.dataCategories.compactMap { categoryOffsets[$0] } }
    }

    /// The data categories purpose `index` uses, in its order (`Policy.categories(of:)`).
    func categories(ofPurpose index: Int) -> LazyMapSequence<[Int], DataCategory> {
        purposeCategories[index].lazy.map { self.policy.dataCategories[$0] }
    }

    /// The field at `location`, when the policy has a text there.
    func field(_ location: LocalizedFieldLocation) -> LintField? {
        let kind = Int(location.field.rawValue)
        guard kind < firstOffsets.count, location.index < firstOffsets[kind].count else { return nil }
        let first = firstOffsets[kind][location.index]
        guard first >= 0 else { return nil }
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
        for offset in field.texts where texts[offset].code.equals(code, texts[offset].language, language) {
            return texts[offset]
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

    /// Whether the scan leaves room for a match: the text holds one of the pattern's keys, or the
    /// pattern has none the index records, or the text has a character folding to ASCII letters.
    private func mayHold(_ pattern: WordingPattern, _ text: LintText) -> Bool {
        guard let keys = pattern.keys, let signature = pattern.keySignature, !text.scan.foldsToASCII else { return true }
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
        for offset in field.texts {
            let text = texts[offset]
            guard let pattern = patterns[text.code, text.language], let match = firstMatch(pattern, in: text) else {
                continue
            }
            return (text.language, match)
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
        // For each language's pattern: whether the scan answers for it, and its keys.
        var keyRanges: [Range<Int>?] = []
        var keys: [UInt32] = []
        for entry in entries {
            if let patternKeys = entry.pattern.keys, let signature = entry.pattern.keySignature, index.covers(signature) {
                keyRanges.append(keys.count..<(keys.count + patternKeys.count))
                keys += patternKeys
            } else {
                keyRanges.append(nil)
            }
        }
        var candidates: [Int] = []
        fields.withUnsafeBufferPointer { fields in
            texts.withUnsafeBufferPointer { texts in
                hits.withUnsafeBufferPointer { hits in
                    keys.withUnsafeBufferPointer { keys in
                        for (offset, field) in fields.enumerated() {
                            for text in field.texts {
                                guard let entry = entries.firstIndex(where: { $0.code.equals(texts[text].code, $0.language, texts[text].language) })
                                else { continue }
                                guard let range = keyRanges[entry], !texts[text].scan.foldsToASCII else {
                                    candidates.append(offset)
                                    break
                                }
                                let wanted = UnsafeBufferPointer(rebasing: keys[range])
                                if hits[texts[text].scan.hits].contains(where: { wanted.contains($0.key) }) {
                                    candidates.append(offset)
                                    break
                                }
                            }
                        }
                    }
                }
            }
        }
        return candidates.compactMap { offset in
            firstMatch(patterns, in: fields[offset]).map { (field: fields[offset], language: $0.0, match: $0.1) }
        }
    }

    /// Whether any language of the field matches its pattern.
    func matches(_ patterns: LanguagePatterns, _ field: LintField) -> Bool {
        field.texts.contains { offset in
            let text = texts[offset]
            return patterns[text.code, text.language].map { matches($0, text) } ?? false
        }
    }

    // MARK: Names

    /// Whether `name` designates the controller itself (its legal or trade name): one name, in
    /// lowercase, contains the other.
    func isController(_ name: String) -> Bool {
        let candidate = LowercaseName(name)
        return controllerNames.contains { own in
            NameMatching.contains(candidate, own) || NameMatching.contains(own, candidate)
        }
    }

    /// The recipient that `provider` (a tracker's provider, say) names, if the statement lists it: one
    /// of its names, in lowercase, contains the other.
    func recipientIndex(named provider: String) -> Int? {
        let wanted = LowercaseName(provider)
        for (index, names) in recipientNames.enumerated()
        where names.contains(where: { NameMatching.contains($0, wanted) || NameMatching.contains(wanted, $0) }) {
            return index
        }
        return nil
    }

    // MARK: Shared findings

    private var disclosures: [ObjectIdentifier: [Finding]] = [:]

    /// The findings of an Art. 13 check, computed once for the rule and its Art. 14 twin.
    func disclosureFindings<Rule: DisclosureRule>(of rule: Rule, context: LintContext) -> [Finding] {
        let key = ObjectIdentifier(Rule.self)
        if let findings = disclosures[key] { return findings }
        let findings = rule.disclosureFindings(self, context: context)
        disclosures[key] = findings
        return findings
    }
}

/// A localized text of the policy and where it lies.
struct LintField {
    let location: LocalizedFieldLocation
    let text: Localized
    /// Its language versions in ``LintInput/texts``.
    let texts: Range<Int>

    var pointer: JSONPointer { location.pointer }
}

/// One language version of a localized text, scanned.
struct LintText {
    let language: Language
    let code: LanguageCode
    let value: String
    let scan: TextScan
}

/// A language code packed in an integer, so that telling languages apart costs no string comparison.
///
/// Codes of one to eight ASCII bytes other than NUL are packed, one byte each, so two packings are
/// equal exactly when the codes are. Any other code (not a well-formed tag) packs to 0 and is compared
/// as a string, whose equality also honours canonical equivalence.
struct LanguageCode: Equatable, Sendable {
    let packed: UInt64

    init(_ language: Language) {
        var code = language.code
        packed = code.withUTF8 { bytes in
            guard !bytes.isEmpty, bytes.count <= 8, bytes.allSatisfy({ $0 > 0 && $0 < 0x80 }) else { return 0 }
            return bytes.reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        }
    }

    /// Whether the languages are the same, `self` and `other` being their codes.
    func equals(_ other: LanguageCode, _ language: Language, _ otherLanguage: Language) -> Bool {
        packed != 0 && other.packed != 0 ? packed == other.packed : language == otherLanguage
    }
}

/// A rule that reads the ``LintInput`` the ``Linter`` prepares once per policy.
protocol InputRule: LintRule {
    func check(_ input: LintInput, context: LintContext) -> [Finding]
}

extension InputRule {
    func check(_ policy: Policy, context: LintContext) -> [Finding] {
        check(LintInput(policy), context: context)
    }
}
