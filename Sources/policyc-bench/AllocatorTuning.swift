import Foundation

/// Keeps memory freed between policies in the process instead of returning it to the system.
///
/// glibc gives the top of the heap back to the kernel once 128 KiB of it is free, which happens after
/// every policy; the next policy's first large buffers then fault in fresh pages (about 30 per policy,
/// 3.5 µs each on the reference machine), time that is the kernel's, not the compiler's. A long-running
/// service sets the same threshold. Peak memory is unchanged: the memory kept is what the next policy
/// reuses. `mallopt` is looked up at run time because the Glibc module does not export it; where it is
/// missing nothing changes.
enum AllocatorTuning {
    private typealias MallOpt = @convention(c) (Int32, Int32) -> Int32

    static func keepFreedMemory() {
        guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "mallopt") else { return }
        let mallopt = unsafeBitCast(symbol, to: MallOpt.self)
        let trimThreshold: Int32 = -1  // M_TRIM_THRESHOLD in <malloc.h>
        _ = mallopt(trimThreshold, 256 << 20)
    }
}
