import PolicyModel

/// A localized text of the policy and where it lies.
struct LintField {
    let location: LocalizedFieldLocation
    /// Its language versions in ``LintInput/texts``.
    let texts: Range<Int>
    /// The union of its texts' ``TextScan/patterns``.
    let patterns: UInt64
    /// Whether one of its texts has a character folding to ASCII letters (``TextScan/foldsToASCII``).
    let foldsToASCII: Bool

    var pointer: JSONPointer { location.pointer }
}

/// One language version of a localized text, scanned.
struct LintText {
    /// The offset of its language in the input's languages (``LintInput/language(of:)``).
    let languageSlot: Int
    let code: LanguageCode
    let value: String
    let scan: TextScan
}
