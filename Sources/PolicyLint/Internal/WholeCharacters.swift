/// Whether a text's characters are each one scalar, read cheaply on its UTF-8: no regex match can then
/// split a character, so a literal that proves a match proves one ``WordingPattern/regexMatch(in:)``
/// returns.
///
/// The reading is conservative: it answers `true` only for ASCII other than CR (CR LF is one
/// character), U+0080…U+02FF (Latin-1, Latin Extended-A and B, IPA, spacing modifier letters: no
/// combining mark among them) and U+2000…U+20BF other than U+200C and U+200D (general punctuation,
/// super- and subscripts, currency signs; the two joiners extend the character before them). The
/// combining marks begin at U+0300 and U+20D0. Any other text, a policy's French included when it
/// holds a character outside those blocks, is left to the regex.
enum WholeCharacters {
    static func only(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                if lead == 0x0D { return false }
                index += 1
            } else if (0xC2...0xCB).contains(lead) {
                index += 2
            } else if lead == 0xE2, index + 2 < count, (0x80...0x82).contains(bytes[index + 1]) {
                // E2 80 8C and E2 80 8D are U+200C and U+200D.
                if bytes[index + 1] == 0x80, bytes[index + 2] == 0x8C || bytes[index + 2] == 0x8D { return false }
                index += 3
            } else {
                return false
            }
        }
        return true
    }
}
