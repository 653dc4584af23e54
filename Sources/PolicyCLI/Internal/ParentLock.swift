import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// An exclusive advisory lock (`flock`) on the folder an output folder is published in, so that builds
/// into it take turns: two partial builds each carry the old tree over, and without turns the second
/// swap would drop the policy the first one wrote.
///
/// The lock is on a descriptor of the parent folder itself, so nothing is left behind (no lock file in
/// the output or beside it); the system releases it when the process ends, killed or not. Builds into
/// other folders of the same parent wait too, for the few milliseconds a build takes.
final class ParentLock {
    private var descriptor: Int32?

    /// Waits until the lock on the folder at `directory` is free, then holds it.
    init(directory: String) throws {
        let descriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw AtomicDirectory.WriteFailure(path: directory, code: errno) }
        while flock(descriptor, LOCK_EX) != 0 {
            let code = errno
            if code == EINTR { continue }
            close(descriptor)
            throw AtomicDirectory.WriteFailure(path: directory, code: code)
        }
        self.descriptor = descriptor
    }

    /// Lets the next build go ahead; later calls do nothing.
    func release() {
        guard let descriptor else { return }
        self.descriptor = nil
        close(descriptor)
    }

    deinit { release() }
}
