/// Draws built on ``SplitMix64`` alone, so a policy does not change when the standard library changes
/// how `random(in:using:)` or `shuffled(using:)` consume the generator.
extension SplitMix64 {
    /// A number in `0..<bound` (Lemire's multiply-high; the tiny bias does not matter here).
    mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0, "empty range")
        return Int(next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// A number in `range`.
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.count)
    }

    /// `true` with probability `p`.
    mutating func chance(_ p: Double) -> Bool {
        Double(next() >> 11) * 0x1p-53 < p
    }

    /// One element of a non-empty collection.
    mutating func pick<C: RandomAccessCollection>(_ items: C) -> C.Element where C.Index == Int {
        items[items.startIndex + below(items.count)]
    }

    /// `count` distinct elements, in the collection's own order.
    mutating func sample<T>(_ items: [T], count: Int) -> [T] {
        let wanted = min(max(count, 0), items.count)
        var indices = Array(items.indices)
        for i in 0..<wanted {
            indices.swapAt(i, i + below(indices.count - i))
        }
        return indices.prefix(wanted).sorted().map { items[$0] }
    }
}
