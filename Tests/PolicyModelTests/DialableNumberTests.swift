@testable import PolicyModel
import Testing

/// A telephone link's number (``ContactChannel/dialable(_:)``) filtered on bytes when ASCII reads as
/// the filter by characters.
@Suite struct DialableNumberTests {
    /// Pieces numbers are made of: digits, the separators removed, CR LF (one character of two
    /// bytes), and non-ASCII that sends the number to the character filter (a space carrying a
    /// combining accent stays there).
    static let pieces = ["+33", "0", "5", "59", " ", "-", ".", "..", "(0)", "\r\n", "\t", "\u{301}", "\u{A0}", "é", "x", ""]

    @Test func readsAsTheCharacterFilter() {
        var generator = WebAddressByteTests.SplitMix(seed: 0xD1A1)
        var changed = 0
        for _ in 0..<20_000 {
            var number = ""
            for _ in 0..<Int(generator.next() % 8) {
                number += Self.pieces[Int(generator.next() % UInt64(Self.pieces.count))]
            }
            let expected = number.filter { $0 != " " && $0 != "-" && $0 != "." }
            let dialable = ContactChannel.dialable(number)
            #expect(dialable == expected, "\(number.debugDescription)")
            #expect(dialable.utf8.elementsEqual(expected.utf8), "\(number.debugDescription)")
            if dialable != number { changed += 1 }
        }
        #expect(changed > 1_000)
    }

    @Test func phoneLinkHasTheDialableNumber() {
        #expect(ContactChannel.phone("+33 5 59 00-00.00").link?.value == "tel:+33559000000")
    }
}
