import PolicyModel

/// Where a country code of two ASCII capitals sits in a table of all such codes: what lets
/// ``Countries/named(_:)`` answer with an array read instead of hashing the code.
enum CountryTable {
    /// One slot for each pair of letters `AA` … `ZZ`.
    static let slotCount = 26 * 26

    /// The slot of a code made of exactly two ASCII capitals, or `nil` for any other code (those are
    /// looked up by hashing).
    static func slot(of code: CountryCode) -> Int? {
        var alpha2 = code.alpha2
        return alpha2.withUTF8 { bytes in
            guard bytes.count == 2 else { return nil }
            let first = Int(bytes[0]) - 0x41
            let second = Int(bytes[1]) - 0x41
            guard (0..<26).contains(first), (0..<26).contains(second) else { return nil }
            return first * 26 + second
        }
    }
}
