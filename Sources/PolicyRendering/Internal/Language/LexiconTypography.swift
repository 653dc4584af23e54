/// French typography of a lexicon's own texts, worked out once when the templates load, so that the
/// typesetting pass of each outline (``FrenchTypography/Typesetter``) answers them without reading
/// them again: the template texts a section uses as they are (a heading, a label, a sentence without
/// placeholders, a literal piece that makes a run on its own) are the same strings in every outline.
///
/// A text is found by where its UTF-8 lies in memory and by its length, not by its content, which
/// costs a few instructions where hashing or comparing its bytes would cost as much as typesetting
/// them. That is exact:
/// - The table keeps every text it holds, so the storage of each stays allocated, at one address,
///   for the table's life. Only texts whose UTF-8 is contiguous in their own storage are held (a
///   bridged string's temporary copy is not), and only texts longer than fifteen bytes: shorter
///   ones may be small strings (on 64-bit), stored in the value itself, with no storage of their own.
/// - A string's storage is never rewritten while another string shares it (appending in place needs
///   the only reference), and the table holds one: the bytes at a held address stay the bytes the
///   table typeset.
/// - A text being typeset is alive while it is read, so its bytes lie in live storage; two live
///   allocations never overlap, so a text whose UTF-8 starts at a held address, with the held
///   length, reads exactly the held text's bytes. (A small string read in place lies on the stack,
///   at no held address, and is shorter than any held text besides.)
/// - French typography reads nothing but the text's bytes, so the held answer is the answer.
///
/// Any other text, a policy's own or one a section has built, is not found and is typeset as usual.
///
/// A class, so that the typesetter holds it for one reference count; its arrays are constants.
final class LexiconTypography: Sendable {
    /// What the table knows of a text.
    enum Answer {
        /// The text is not one of the lexicon's.
        case unknown
        /// French typography leaves the text as it is.
        case unchanged
        /// The text with French typography applied is held in the slot (``typesetText(at:)``).
        case typeset(slot: Int)
    }

    /// Open addressing by UTF-8 address: 0 marks an empty slot. At most a quarter full.
    private let addresses: [UInt]
    private let counts: [Int]
    /// The typeset text, or `nil` when it is the text itself.
    private let answers: [String?]
    /// The texts held, which keeps their storage allocated and unchanged (see the type's documentation).
    private let texts: [String]

    /// The table of `texts` (shorter ones and repeats are left out), each typeset now.
    init(texts: [String]) {
        var table = Table(expectedCount: texts.count)
        var typesetter = FrenchTypography.Typesetter()
        for text in texts where text.utf8.count > Self.smallStringLimit {
            table.insert(text, typesetter: &typesetter)
        }
        addresses = table.addresses
        counts = table.counts
        answers = table.answers
        self.texts = table.texts
    }

    /// The longest text a small string can hold, in bytes, on 64-bit (fewer on 32-bit).
    private static let smallStringLimit = 15

    /// The table while it is filled.
    private struct Table {
        var addresses: [UInt]
        var counts: [Int]
        var answers: [String?]
        var texts: [String] = []

        init(expectedCount: Int) {
            var capacity = 64
            while capacity < expectedCount * 4 { capacity *= 2 }
            addresses = Array(repeating: 0, count: capacity)
            counts = Array(repeating: 0, count: capacity)
            answers = Array(repeating: nil, count: capacity)
        }

        mutating func insert(_ text: String, typesetter: inout FrenchTypography.Typesetter) {
            // The text's own storage, never a temporary copy (a bridged string's): a copy's address
            // would be freed at once, and could be reused by another text.
            guard let (address, count) = text.utf8.withContiguousStorageIfAvailable({
                (UInt(bitPattern: $0.baseAddress), $0.count)
            }), address != 0 else { return }
            var slot = LexiconTypography.slot(of: address, in: addresses.count)
            while addresses[slot] != 0 {
                if addresses[slot] == address { return }
                slot = (slot + 1) & (addresses.count - 1)
            }
            addresses[slot] = address
            counts[slot] = count
            answers[slot] = typesetter.typeset(text)
            texts.append(text)
        }
    }

    /// The held answer for the text whose UTF-8 is `bytes`.
    @inline(__always)
    func answer(for bytes: UnsafeBufferPointer<UInt8>) -> Answer {
        guard bytes.count > Self.smallStringLimit else { return .unknown }
        let address = UInt(bitPattern: bytes.baseAddress)
        var slot = Self.slot(of: address, in: addresses.count)
        while true {
            let held = addresses[slot]
            if held == address {
                guard counts[slot] == bytes.count else { return .unknown }
                return answers[slot] == nil ? .unchanged : .typeset(slot: slot)
            }
            if held == 0 { return .unknown }
            slot = (slot + 1) & (addresses.count - 1)
        }
    }

    /// The typeset text held in `slot`, one ``answer(for:)`` gave as ``Answer/typeset(slot:)``.
    func typesetText(at slot: Int) -> String {
        answers[slot]!
    }

    /// The first slot to probe for `address`: its bits mixed by a multiplicative hash (storage is
    /// aligned, so the low bits alone would crowd into few slots). `count` is a power of two.
    @inline(__always)
    fileprivate static func slot(of address: UInt, in count: Int) -> Int {
        let mixed = UInt64(address) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: mixed >> 32) & (count - 1)
    }
}
