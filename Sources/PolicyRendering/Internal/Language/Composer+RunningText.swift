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
    /// Texts whose every character is one scalar (``SingleScalarText``) are read as UTF-8 and scalars;
    /// others as characters.
    func inRunningText(_ text: String) -> String {
        var text = text
        let names = properNameWords
        let decision = text.withUTF8 { RunningText.decide($0) { names.contains($0) } }
        switch decision {
        case .asWritten: return text
        case .lowered: return RunningText.loweringFirstCharacter(text)
        case .readCharacters: return inRunningTextByCharacter(text)
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

    /// A list opening a table cell: the first item as written, the others in running text
    /// (`Nom et prénom, adresse électronique`).
    func inRunningTextAfterFirst(_ items: [[Inline]]) -> [[Inline]] {
        items.enumerated().map { $0.offset == 0 ? $0.element : inRunningText($0.element) }
    }

    /// ``inRunningText(_:)`` read character by character: for texts with characters of several
    /// scalars, and the reference the tests compare the UTF-8 reading with.
    func inRunningTextByCharacter(_ text: String) -> String {
        let words = text.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true)
        guard let first = words.first.map(Self.bareWord), let initial = first.first, initial.isUppercase else {
            return text
        }
        let restIsLowercase = first.dropFirst().allSatisfy { !$0.isLetter || $0.isLowercase }
        guard restIsLowercase, first != "I", !properNameWords.contains(first) else { return text }
        if words.count > 1, Self.bareWord(words[1]).first?.isUppercase == true { return text }
        return text.prefix(1).lowercased() + text.dropFirst()
    }

    /// The first words of the names `policy` uses, computed once per composer.
    static func properNameWords(of policy: Policy, in language: Language) -> ProperNameWords {
        var count = 1 + policy.controller.tradeNames.count + policy.recipients.count + 2 * policy.cookies.count
        for recipient in policy.recipients { count += recipient.subProcessors.count }
        count += policy.transfers.count
        let words = ProperNameWords(expectedCount: count)
        words.insertFirstWord(of: policy.controller.legalName)
        for name in policy.controller.tradeNames { words.insertFirstWord(of: name) }
        for recipient in policy.recipients { words.insertFirstWord(of: recipient.name[language] ?? "") }
        for recipient in policy.recipients {
            for sub in recipient.subProcessors { words.insertFirstWord(of: sub.name) }
        }
        for cookie in policy.cookies {
            words.insertFirstWord(of: cookie.name)
            words.insertFirstWord(of: cookie.provider)
        }
        for transfer in policy.transfers {
            if let importer = transfer.importer { words.insertFirstWord(of: importer) }
        }
        return words
    }

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
            add(cookie.name)
            add(cookie.provider)
        }
        for transfer in policy.transfers { transfer.importer.map(add) }
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
    static func decide(_ bytes: UnsafeBufferPointer<UInt8>, isProperName: (UnsafeBufferPointer<UInt8>) -> Bool) -> Decision {
        guard SingleScalarText.matches(bytes) else { return .readCharacters }
        let space = UInt8(ascii: " ")
        let count = bytes.count
        var index = 0
        while index < count, bytes[index] == space { index += 1 }
        let firstStart = index
        while index < count, bytes[index] != space { index += 1 }
        let firstEnd = index
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
        while index < count, bytes[index] == space { index += 1 }
        let secondStart = index
        while index < count, bytes[index] != space { index += 1 }
        if secondStart < index, let second = bareWord(bytes, secondStart..<index),
            isUppercase(scalar(bytes, at: second.lowerBound).0)
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
    static func bareWord(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Range<Int>? {
        var start: Int?
        var end = word.lowerBound
        var position = word.lowerBound
        while position < word.upperBound {
            let (value, length) = scalar(bytes, at: position)
            if isLetterOrNumber(value) {
                if start == nil { start = position }
                end = position + length
            }
            position += length
        }
        return start.map { $0..<end }
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

    // The character properties of a single-scalar character, ASCII answered without tables.

    private static func character(_ value: UInt32) -> Character {
        Character(Unicode.Scalar(value).unsafelyUnwrapped)
    }

    static func isUppercase(_ value: UInt32) -> Bool {
        value < 0x80 ? (0x41...0x5A).contains(value) : character(value).isUppercase
    }

    static func isLowercase(_ value: UInt32) -> Bool {
        value < 0x80 ? (0x61...0x7A).contains(value) : character(value).isLowercase
    }

    static func isLetter(_ value: UInt32) -> Bool {
        value < 0x80 ? (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) : character(value).isLetter
    }

    static func isLetterOrNumber(_ value: UInt32) -> Bool {
        if value < 0x80 {
            return (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
        }
        let character = character(value)
        return character.isLetter || character.isNumber
    }
}
