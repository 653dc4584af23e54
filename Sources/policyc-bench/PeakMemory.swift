import Foundation

/// The process's peak resident set size, from `VmHWM` in `/proc/self/status` (Linux).
enum PeakMemory {
    /// Megabytes (10⁶ bytes), or `nil` where `/proc` is not available.
    static func megabytes() -> Double? {
        // `/proc` files report size 0, so read them as a stream, not by their announced length.
        guard let stream = fopen("/proc/self/status", "r") else { return nil }
        defer { fclose(stream) }
        var buffer = [CChar](repeating: 0, count: 512)
        while fgets(&buffer, Int32(buffer.count), stream) != nil {
            let line = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            guard line.hasPrefix("VmHWM:") else { continue }
            let kilobytes = line.dropFirst(6).split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).first
            return kilobytes.flatMap { Double($0) }.map { $0 * 1024 / 1_000_000 }
        }
        return nil
    }
}
