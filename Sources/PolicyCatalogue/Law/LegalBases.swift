import PolicyModel

/// A set of legal bases of Art. 6(1), one bit per basis: what ``Law/rights(for:)`` asks of a policy's
/// purposes, without hashing.
struct LegalBases {
    private var bits: UInt8 = 0

    /// The basis's bit: its position among the six bases of Art. 6(1).
    private static func bit(_ basis: LegalBasis) -> UInt8 {
        switch basis {
        case .consent: 1 << 0
        case .contract: 1 << 1
        case .legalObligation: 1 << 2
        case .vitalInterests: 1 << 3
        case .publicTask: 1 << 4
        case .legitimateInterests: 1 << 5
        }
    }

    mutating func insert(_ basis: LegalBasis) { bits |= Self.bit(basis) }

    func contains(_ basis: LegalBasis) -> Bool { bits & Self.bit(basis) != 0 }
}
