import PolicyModel

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

    /// Whether the languages are the same, `self` and `other` being their codes: the languages are
    /// read only when a code is not packed.
    func equals(
        _ other: LanguageCode, _ language: @autoclosure () -> Language, _ otherLanguage: @autoclosure () -> Language
    ) -> Bool {
        packed != 0 && other.packed != 0 ? packed == other.packed : language() == otherLanguage()
    }
}
