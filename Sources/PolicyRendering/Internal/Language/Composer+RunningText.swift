import PolicyModel

extension Composer {
    /// A label or sentence of the policy set in running text, after a colon or inside a list:
    /// `Adresse électronique` reads `adresse électronique`, `Vous pouvez…` reads `vous pouvez…`.
    ///
    /// Only an ordinary capitalised word is lowered. The text is left as written when its first word
    /// is an acronym or mixed-case name (`HTTPS`, `LinkedIn`), when the second word is capitalised too
    /// (`Google Analytics`), or when the first word opens a name the policy itself uses: the
    /// controller, a recipient, a sub-processor, a cookie or its provider (`Facebook`).
    ///
    /// Texts whose opening (the first two words and what follows them, ``RunningText/decide(_:isProperName:)``)
    /// is made of characters of one scalar each (``SingleScalarText``) are read as UTF-8 and scalars;
    /// others as characters.
    ///
    /// A text whose first byte is an ASCII capital is lowered while its bytes are at hand
    /// (``RunningText/loweringFirstASCIILetter(_:)``); it is what ``RunningText/loweringFirstCharacter(_:)``
    /// does with an ASCII first scalar.
    func inRunningText(_ text: String) -> String {
        switch runningTextForm(text) {
        case .asWritten: text
        case .loweringFirstASCIILetter: UTF8Output.withUTF8(of: text) { RunningText.loweringFirstASCIILetter($0) }
        case .other(let other): other
        }
    }

    /// ``inRunningText(_:)`` as the value of a placeholder: a text lowered at an ASCII capital is
    /// written into the sentence lowered (``Fill/loweredText(_:)``), without a string of its own.
    func runningText(_ text: String) -> Fill {
        switch runningTextForm(text) {
        case .asWritten: .text(text)
        case .loweringFirstASCIILetter: .loweredText(text)
        case .other(let other): .text(other)
        }
    }

    /// How ``inRunningText(_:)`` sets a text.
    enum RunningTextForm {
        case asWritten
        /// The text with its first byte, an ASCII capital, lowered.
        case loweringFirstASCIILetter
        /// Another text: the first character lowered, or the reading by characters.
        case other(String)
    }

    /// How ``inRunningText(_:)`` sets `text`, without making the text when its first byte, an ASCII
    /// capital, is lowered (what ``RunningText/loweringFirstCharacter(_:)`` does with an ASCII first scalar).
    func runningTextForm(_ text: String) -> RunningTextForm {
        Self.runningTextForm(text, names: properNameWords)
    }

    /// ``runningTextForm(_:)`` with the policy's proper-name words `names`.
    static func runningTextForm(_ text: String, names: ProperNameWords) -> RunningTextForm {
        UTF8Output.withUTF8(of: text) { bytes -> RunningTextForm in
            switch RunningText.decide(bytes, isProperName: { names.contains($0) }) {
            case .asWritten:
                return .asWritten
            case .readCharacters:
                return .other(inRunningTextByCharacter(text, names: names))
            case .lowered:
                guard let first = bytes.first, first < 0x80 else { return .other(RunningText.loweringFirstCharacter(text)) }
                // Lowering leaves an ASCII first character other than a capital as it is (a space, a parenthesis).
                return (0x41...0x5A).contains(first) ? .loweringFirstASCIILetter : .asWritten
            }
        }
    }

    /// The runs with their opening text set in running text; links and anchors are left alone.
    func inRunningText(_ runs: [Inline]) -> [Inline] {
        guard let first = runs.first else { return runs }
        var result = runs
        switch first {
        case .text(let text): result[0] = .text(inRunningText(text))
        case .strong(let text): result[0] = .strong(inRunningText(text))
        case .link, .anchor: break
        }
        return result
    }

    /// ``inRunningText(_:)-([Inline])`` of runs.
    func inRunningText(_ runs: Runs) -> Runs {
        switch runs {
        case .plain(let text): .plain(inRunningText(text))
        case .mixed(let runs): .mixed(inRunningText(runs))
        }
    }

    /// A list opening a table cell: the first item as written, the others in running text
    /// (`Nom et prénom, adresse électronique`).
    func inRunningTextAfterFirst(_ items: [[Inline]]) -> [[Inline]] {
        items.enumerated().map { $0.offset == 0 ? $0.element : inRunningText($0.element) }
    }

    /// ``inRunningText(_:)`` read character by character: for texts with characters of several
    /// scalars, and the reference the tests compare the UTF-8 reading with.
    func inRunningTextByCharacter(_ text: String) -> String {
        Self.inRunningTextByCharacter(text, names: properNameWords)
    }

    /// ``inRunningTextByCharacter(_:)`` with the policy's proper-name words `names`.
    static func inRunningTextByCharacter(_ text: String, names: ProperNameWords) -> String {
        let words = text.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true)
        guard let first = words.first.map(Self.bareWord), let initial = first.first, initial.isUppercase else {
            return text
        }
        let restIsLowercase = first.dropFirst().allSatisfy { !$0.isLetter || $0.isLowercase }
        guard restIsLowercase, first != "I", !names.contains(first) else { return text }
        if words.count > 1, bareWord(words[1]).first?.isUppercase == true { return text }
        return text.prefix(1).lowercased() + text.dropFirst()
    }

    /// The first words of the names `policy` uses, computed once per composer.
    static func properNameWords(of policy: Policy, in language: Language) -> ProperNameWords {
        var count = 1 + policy.controller.tradeNames.count + policy.recipients.count + 2 * policy.cookies.count
        for recipient in policy.recipients { count += recipient.subProcessors.count }
        count += policy.transfers.count
        var words = ProperNameWordTable(expectedCount: count)
        words.insertFirstWord(of: policy.controller.legalName)
        for name in policy.controller.tradeNames { words.insertFirstWord(of: name) }
        for recipient in policy.recipients { words.insertFirstWord(of: recipient.name[language] ?? "") }
        for recipient in policy.recipients {
            for sub in recipient.subProcessors { words.insertFirstWord(of: sub.name) }
        }
        for cookie in policy.cookies {
            // A tracker's technical or proper name is the same in every language; one given per language
            // describes a group of trackers (`Advertising cookies`), and its first word is a common word.
            if let name = cookie.name[language], cookie.name.languages.allSatisfy({ cookie.name[$0] == name }) {
                words.insertFirstWord(of: name)
            }
            if let provider = cookie.provider { words.insertFirstWord(of: provider) }
        }
        for transfer in policy.transfers {
            if let importer = transfer.importer { words.insertFirstWord(of: importer) }
        }
        return ProperNameWords(words)
    }

    /// A word without the punctuation around it: `(Facebook),` is `Facebook`.
    static func bareWord(_ word: Substring) -> String {
        let isWordCharacter: (Character) -> Bool = { $0.isLetter || $0.isNumber }
        guard let start = word.firstIndex(where: isWordCharacter), let end = word.lastIndex(where: isWordCharacter)
        else { return "" }
        return String(word[start...end])
    }
}

/// The reading of running text on UTF-8, for texts whose every character is one scalar.
enum RunningText {
    enum Decision {
        case asWritten
        /// The first character is lowered.
        case lowered
        /// The text has characters of several scalars: read it as characters.
        case readCharacters
    }

    /// What ``Composer/inRunningText(_:)`` does with the text `bytes`; `isProperName` tells whether a
    /// bare first word opens a name the policy uses.
    ///
    /// Only the opening of the text is read: the first two words, the spaces after them and the
    /// scalar after those spaces. When every scalar there is a character of its own
    /// (``SingleScalarText``), the reading by characters sees the same two words: its words are cut at
    /// characters that are a lone space, and a scalar that could join a space or a letter into one
    /// character would be in the opening and send the text to the reading by characters. What comes
    /// later is the rest of the third piece of `split(maxSplits: 2)`, which neither reading looks at;
    /// the first character, which ``loweringFirstCharacter(_:)`` lowers, is in the opening too.
    static func decide(_ bytes: UnsafeBufferPointer<UInt8>, isProperName: (UnsafeBufferPointer<UInt8>) -> Bool) -> Decision {
        let space = UInt8(ascii: " ")
        let count = bytes.count
        var index = 0
        while index < count, bytes[index] == space { index += 1 }
        let firstStart = index
        while index < count, bytes[index] != space { index += 1 }
        let firstEnd = index
        while index < count, bytes[index] == space { index += 1 }
        let secondStart = index
        while index < count, bytes[index] != space { index += 1 }
        let secondEnd = index
        while index < count, bytes[index] == space { index += 1 }
        let openingEnd = index < count ? index + scalarLength(lead: bytes[index]) : count
        guard SingleScalarText.matches(UnsafeBufferPointer(rebasing: bytes[0..<openingEnd])) else { return .readCharacters }
        guard firstStart < firstEnd, let first = bareWord(bytes, firstStart..<firstEnd) else { return .asWritten }
        // The initial is a capital, and every other letter of the word is lowercase.
        var position = first.lowerBound
        let (initial, initialLength) = scalar(bytes, at: position)
        guard isUppercase(initial) else { return .asWritten }
        position += initialLength
        while position < first.upperBound {
            let (next, length) = scalar(bytes, at: position)
            if isLetter(next) && !isLowercase(next) { return .asWritten }
            position += length
        }
        if first.count == 1 && bytes[first.lowerBound] == UInt8(ascii: "I") { return .asWritten }
        if isProperName(UnsafeBufferPointer(rebasing: bytes[first])) { return .asWritten }
        // Only the start of the second bare word is read: where ``bareWord(_:_:)`` starts it.
        if secondStart < secondEnd, let second = firstLetterOrNumber(bytes, secondStart..<secondEnd),
            isUppercase(scalar(bytes, at: second).0)
        {
            return .asWritten
        }
        return .lowered
    }

    /// `text.prefix(1).lowercased() + text.dropFirst()`, for single-scalar text.
    static func loweringFirstCharacter(_ text: String) -> String {
        guard let first = text.unicodeScalars.first else { return text }
        if first.isASCII {
            guard (0x41...0x5A).contains(first.value) else { return text }
            return text.replacingFirstByte(with: UInt8(first.value) | 0x20)
        }
        return String(first).lowercased() + String(text.unicodeScalars.dropFirst())
    }

    /// ``loweringFirstCharacter(_:)`` for the text `bytes` whose first byte is an ASCII capital: the
    /// text with that letter lowered, written straight from the bytes.
    static func loweringFirstASCIILetter(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(bytes, firstByteReplacedBy: bytes[0] | 0x20)
    }

    /// The bare first word of a name (split at spaces), or `nil` when it has none; `""` when the word
    /// has no letter or digit, as ``Composer/bareWord(_:)``.
    static func firstBareWord(of name: String) -> String? {
        var bytesOfName = name
        return bytesOfName.withUTF8 { bytes -> String? in
            guard SingleScalarText.matches(bytes) else {
                return name.split(separator: " ").first.map(Composer.bareWord)
            }
            guard let word = firstWord(bytes) else { return nil }
            guard let bare = bareWord(bytes, word) else { return "" }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[bare]), as: UTF8.self)
        }
    }

    /// The byte range of the first word of `bytes` (split at spaces), or `nil` when there is none.
    static func firstWord(_ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        var index = 0
        while index < bytes.count, bytes[index] == UInt8(ascii: " ") { index += 1 }
        let start = index
        while index < bytes.count, bytes[index] != UInt8(ascii: " ") { index += 1 }
        return start < index ? start..<index : nil
    }

    /// The byte range from the word's first letter or digit to the end of its last, or `nil` when it has none.
    ///
    /// The start is found reading forward from the word's start, the end reading backward from its
    /// end (a scalar starts at a byte that is not `0b10xxxxxx`), so the letters between are not read.
    static func bareWord(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Range<Int>? {
        guard let start = firstLetterOrNumber(bytes, word) else { return nil }
        // The scalar at `start` is a letter or digit, so the backward reading stops at it at the latest.
        var end = word.upperBound
        while end > start {
            var scalarStart = end - 1
            while bytes[scalarStart] & 0xC0 == 0x80 { scalarStart -= 1 }
            if isLetterOrNumber(scalar(bytes, at: scalarStart).0) { break }
            end = scalarStart
        }
        return start..<end
    }

    /// The offset of the first scalar of `word` that is a letter or digit, or `nil` when there is none:
    /// where ``bareWord(_:_:)`` starts.
    @inline(__always)
    static func firstLetterOrNumber(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Int? {
        var position = word.lowerBound
        while position < word.upperBound {
            let (value, length) = scalar(bytes, at: position)
            if isLetterOrNumber(value) { return position }
            position += length
        }
        return nil
    }

    /// The length in bytes of the scalar whose UTF-8 starts with `lead`.
    @inline(__always)
    static func scalarLength(lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }

    /// The scalar value at `index` and its length in bytes; the text is valid UTF-8.
    @inline(__always)
    static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        if lead < 0xE0 { return ((UInt32(lead & 0x1F) << 6) | UInt32(bytes[index + 1] & 0x3F), 2) }
        if lead < 0xF0 {
            return ((UInt32(lead & 0x0F) << 12) | (UInt32(bytes[index + 1] & 0x3F) << 6) | UInt32(bytes[index + 2] & 0x3F), 3)
        }
        return ((UInt32(lead & 0x07) << 18) | (UInt32(bytes[index + 1] & 0x3F) << 12)
            | (UInt32(bytes[index + 2] & 0x3F) << 6) | UInt32(bytes[index + 3] & 0x3F), 4)
    }

    // The character properties of a single-scalar character: ASCII answered by ranges, U+0080…U+017F
    // by ``LatinCharacterProperties``, others by `Character`.

    private static func character(_ value: UInt32) -> Character {
        Character(Unicode.Scalar(value).unsafelyUnwrapped)
    }

    static func isUppercase(_ value: UInt32) -> Bool {
        if value < 0x80 { return (0x41...0x5A).contains(value) }
        return value <= 0x17F ? LatinCharacterProperties.isUppercase(value) : character(value).isUppercase
    }

    static func isLowercase(_ value: UInt32) -> Bool {
        if value < 0x80 { return (0x61...0x7A).contains(value) }
        return value <= 0x17F ? LatinCharacterProperties.isLowercase(value) : character(value).isLowercase
    }

    static func isLetter(_ value: UInt32) -> Bool {
        if value < 0x80 { return (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) }
        return value <= 0x17F ? LatinCharacterProperties.isLetter(value) : character(value).isLetter
    }

    static func isLetterOrNumber(_ value: UInt32) -> Bool {
        if value < 0x80 {
            return (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
        }
        if value <= 0x17F { return LatinCharacterProperties.isLetterOrNumber(value) }
        let character = character(value)
        return character.isLetter || character.isNumber
    }
}
