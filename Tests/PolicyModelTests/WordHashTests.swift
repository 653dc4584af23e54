import PolicyModel
import Testing

/// ``WordHash``: a function of the bytes alone (wherever they lie), never 0, its union telling ASCII apart.
@Suite struct WordHashTests {
    @Test func equalBytesHashAlikeWhereverTheyLie() {
        var state: UInt64 = 7
        func below(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var hashes: Set<UInt64> = []
        for _ in 0..<2_000 {
            let count = below(40)
            let bytes = (0..<count).map { _ in UInt8(below(256)) }
            // The same bytes at every offset of a larger buffer: each read is of the text's own bytes only.
            let offset = below(9)
            let padded = Array(repeating: UInt8(0xFF), count: offset) + bytes + [0xAA, 0x55]
            let (hash, union) = bytes.withUnsafeBufferPointer { WordHash.hash($0) }
            let moved = padded.withUnsafeBufferPointer { WordHash.hash(UnsafeBufferPointer(rebasing: $0[offset..<offset + count])) }
            #expect(moved.hash == hash && moved.union == union)
            #expect(hash != 0)
            #expect((union & 0x8080_8080_8080_8080 == 0) == bytes.allSatisfy { $0 < 0x80 }, "\(bytes)")
            hashes.insert(hash)
        }
        // Different texts seldom collide (a collision costs a table a comparison, never a wrong answer).
        #expect(hashes.count > 1_900)
        #expect(WordHash.hash(UnsafeBufferPointer(start: nil, count: 0)) == (1, 0))
    }
}
