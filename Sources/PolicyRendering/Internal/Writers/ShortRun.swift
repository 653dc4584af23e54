/// Copies of the few bytes the writers move at a time, as a handful of moves instead of a call to
/// `memcpy`, whose set-up costs more than such a copy.
enum ShortRun {
    /// Copies the 16 bytes from `source` to `target`.
    @inline(__always)
    static func copySixteen(from source: UnsafePointer<UInt8>, to target: UnsafeMutablePointer<UInt8>) {
        let block = UnsafeRawPointer(source).loadUnaligned(as: SIMD16<UInt8>.self)
        UnsafeMutableRawPointer(target).storeBytes(of: block, as: SIMD16<UInt8>.self)
    }

    /// Copies the `count` bytes from `source` to `target`, `count` from 1 to 16, as two pieces that
    /// overlap: from 8 bytes on, the first 8 and the last 8; from 4, the first 4 and the last 4;
    /// below, the first, the middle and the last byte (for 1, three times the same; for 2, the
    /// second twice; for 3, each). The pieces cover the run and stay inside it, so each byte is
    /// written with its own value, once or twice, and no byte outside the run is touched.
    /// `source` and `target` must not overlap.
    @inline(__always)
    static func copy(from source: UnsafePointer<UInt8>, to target: UnsafeMutablePointer<UInt8>, count: Int) {
        let from = UnsafeRawPointer(source), to = UnsafeMutableRawPointer(target)
        if count >= 8 {
            let head = from.loadUnaligned(as: UInt64.self)
            let tail = from.loadUnaligned(fromByteOffset: count &- 8, as: UInt64.self)
            to.storeBytes(of: head, as: UInt64.self)
            to.storeBytes(of: tail, toByteOffset: count &- 8, as: UInt64.self)
        } else if count >= 4 {
            let head = from.loadUnaligned(as: UInt32.self)
            let tail = from.loadUnaligned(fromByteOffset: count &- 4, as: UInt32.self)
            to.storeBytes(of: head, as: UInt32.self)
            to.storeBytes(of: tail, toByteOffset: count &- 4, as: UInt32.self)
        } else {
            let first = source[0], middle = source[count &>> 1], last = source[count &- 1]
            target[0] = first
            target[count &>> 1] = middle
            target[count &- 1] = last
        }
    }
}
