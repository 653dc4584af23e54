import PolicyModel

extension Composer {
    /// A label or sentence of the policy set in running text, after a colon or inside a list:
    /// `Adresse électronique` reads `adresse électronique`, `Vous pouvez…` reads `vous pouvez…`.
    ///
    /// Only an ordinary capitalised word is lowered. The text is left as written when its first word
    /// is an acronym or mixed-case name (`HTTPS`, `LinkedIn`), when the second word is capitalised too
    /// (`Google Analytics`), or when the first word opens a name the policy itself uses: the
    /// controller, a recipient, a sub-processor, a cookie or its provider (`Facebook`).
    func inRunningText(_ text: String) -> String {
        let words = text.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true)
        guard let first = words.first.map(Self.bareWord), let initial = first.first, initial.isUppercase else {
            return text
        }
        let restIsLowercase = first.dropFirst().allSatisfy { !$0.isLetter || $0.isLowercase }
        guard restIsLowercase, first != "I", !properNameWords.contains(first) else { return text }
        if words.count > 1, Self.bareWord(words[1]).first?.isUppercase == true { return text }
        return text.prefix(1).lowercased() + text.dropFirst()
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

    /// The first words of the names `policy` uses, computed once per composer.
    static func properNameWords(of policy: Policy, in language: Language) -> Set<String> {
        let names = [policy.controller.legalName] + policy.controller.tradeNames
            + policy.recipients.map { $0.name[language] ?? "" }
            + policy.recipients.flatMap { $0.subProcessors.map(\.name) }
            + policy.cookies.flatMap { [$0.name, $0.provider] }
            + policy.transfers.compactMap(\.importer)
        return Set(names.compactMap { $0.split(separator: " ").first.map(Self.bareWord) })
    }

    /// A word without the punctuation around it: `(Facebook),` is `Facebook`.
    private static func bareWord(_ word: Substring) -> String {
        let isWordCharacter: (Character) -> Bool = { $0.isLetter || $0.isNumber }
        guard let start = word.firstIndex(where: isWordCharacter), let end = word.lastIndex(where: isWordCharacter)
        else { return "" }
        return String(word[start...end])
    }
}
