/// Reading the classes of several bytes of a text at once from the table of ``UTF8Output/byteClasses``:
/// the escaping scans ask whether any byte of a run needs more than a copy.
///
/// The classes of a run are those of its bytes ORed together, so a class is in the run's exactly
/// when it is in some byte's: one test then answers for the whole run. Each byte costs a load and
/// an OR, against a table of 256 bytes that stays in the fastest cache.
enum ByteClasses {
    /// The classes of the 8 bytes from `start` on.
    @inline(__always)
    static func ofEight(at start: UnsafePointer<UInt8>, in table: UnsafePointer<UInt8>) -> UInt8 {
        var found = table[Int(start[0])] | table[Int(start[1])]
        found |= table[Int(start[2])] | table[Int(start[3])]
        found |= table[Int(start[4])] | table[Int(start[5])]
        found |= table[Int(start[6])] | table[Int(start[7])]
        return found
    }

    /// The classes of the 16 bytes from `start` on.
    @inline(__always)
    static func ofSixteen(at start: UnsafePointer<UInt8>, in table: UnsafePointer<UInt8>) -> UInt8 {
        ofEight(at: start, in: table) | ofEight(at: start + 8, in: table)
    }

    /// The classes of the `count` bytes from `start` on, `count` from 1 to 15, read as two pieces
    /// that overlap (see ``ShortRun``): every byte of the run is in a piece and every piece lies in
    /// the run, so the classes are those of the run's bytes, no more, no fewer.
    @inline(__always)
    static func ofShortRun(at start: UnsafePointer<UInt8>, count: Int, in table: UnsafePointer<UInt8>) -> UInt8 {
        if count >= 8 {
            return ofEight(at: start, in: table) | ofEight(at: start + (count &- 8), in: table)
        }
        if count >= 4 {
            let tail = start + (count &- 4)
            return table[Int(start[0])] | table[Int(start[1])] | table[Int(start[2])] | table[Int(start[3])]
                | table[Int(tail[0])] | table[Int(tail[1])] | table[Int(tail[2])] | table[Int(tail[3])]
        }
        return table[Int(start[0])] | table[Int(start[count &>> 1])] | table[Int(start[count &- 1])]
    }
}
