@testable import PolicyRendering
import Testing

/// Each format's ``EscapedBytes/stops(inSixteenAt:table:)`` (the SSE2 comparisons on x86-64) against
/// the byte-class table it stands for: every byte value at every place of a block, then random blocks.
/// Every byte the table marks is in the mask; the mask's other bytes are only the few a format lets
/// through (the lead bytes of scalars that are never controls, HTML's `#`, `=`, `?`, `|`, `}`, `~`,
/// Markdown's `;`, `=`, `?`, `^`, `{`, `}` and continuation bytes `9B`–`9F`, `BB`–`BF`), and none
/// at all off x86-64.
@Suite struct StopBytesTests {
    /// The mask the table gives for `block`, byte by byte.
    static func tableStops<Specials: EscapedBytes>(_ block: [UInt8], _: Specials.Type, table: UnsafePointer<UInt8>) -> UInt32 {
        var stops: UInt32 = 0
        for (index, byte) in block.enumerated()
        where table[Int(byte)] & (UTF8Output.anyFormat | Specials.byteClass) != 0 {
            stops |= 1 << UInt32(index)
        }
        return stops
    }

    /// Whether `stops` holds every byte of `block` the table marks and, besides, only bytes of `extras`.
    static func agrees<Specials: EscapedBytes>(
        _ stops: UInt32, _ block: [UInt8], _ specials: Specials.Type, extras: Set<UInt8>, table: UnsafePointer<UInt8>
    ) -> Bool {
        let marked = tableStops(block, specials, table: table)
        let others = stops & ~marked
        #if !arch(x86_64)
        if others != 0 { return false }
        #endif
        return stops & marked == marked && (0..<16).allSatisfy { others & (1 << UInt32($0)) == 0 || extras.contains(block[$0]) }
    }

    static func check<Specials: EscapedBytes>(_ specials: Specials.Type, extras: Set<UInt8> = [], table: UnsafePointer<UInt8>) {
        var block = [UInt8](repeating: UInt8(ascii: "a"), count: 16)
        for byte in 0...255 {
            for place in 0..<16 {
                block[place] = UInt8(byte)
                let stops = block.withUnsafeBufferPointer { Specials.stops(inSixteenAt: $0.baseAddress!, table: table) }
                #expect(agrees(stops, block, specials, extras: extras, table: table), "\(Specials.self) byte \(byte) at \(place)")
                block[place] = UInt8(ascii: "a")
            }
        }
        var state: UInt64 = 7
        for _ in 0..<20000 {
            for index in 0..<16 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                block[index] = UInt8(truncatingIfNeeded: state >> 56)
            }
            let stops = block.withUnsafeBufferPointer { Specials.stops(inSixteenAt: $0.baseAddress!, table: table) }
            #expect(agrees(stops, block, specials, extras: extras, table: table), "\(Specials.self) \(block)")
        }
    }

    @Test func everyFormatStopsWhereItsTableSays() {
        let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        defer { table.deallocate() }
        UTF8Output.fillByteClasses(table)
        let leads = Set<UInt8>(0xC4...0xFF).subtracting([0xE2, 0xEF])
        Self.check(HTMLSpecials.self, extras: leads.union("#=?|}~".utf8), table: table)
        let continuations = Set<UInt8>(0x9B...0x9F).union(0xBB...0xBF)
        Self.check(MarkdownSpecials.self, extras: leads.union(continuations).union(";=?^{}".utf8), table: table)
        Self.check(DestinationSpecials.self, table: table)
    }

    /// The table's reading, which the other platforms use, gives the same masks.
    @Test func tableReadingStopsWhereItsTableSays() {
        let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        defer { table.deallocate() }
        UTF8Output.fillByteClasses(table)
        var block = [UInt8](repeating: UInt8(ascii: "a"), count: 16)
        for byte in 0...255 {
            for place in 0..<16 {
                block[place] = UInt8(byte)
                block.withUnsafeBufferPointer { bytes in
                    let start = bytes.baseAddress!
                    #expect(
                        HTMLSpecials.stopsReadFromTable(inSixteenAt: start, table: table)
                            == Self.tableStops(block, HTMLSpecials.self, table: table))
                    #expect(
                        MarkdownSpecials.stopsReadFromTable(inSixteenAt: start, table: table)
                            == Self.tableStops(block, MarkdownSpecials.self, table: table))
                }
                block[place] = UInt8(ascii: "a")
            }
        }
    }
}
