import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Publishes a folder all at once: files are written to a staging folder beside it, which then
/// replaces the folder in one step, so readers (and a build killed midway) see the old tree or the
/// new one, never a mix. Files are not synced to the disk: after a power loss the new tree may be
/// incomplete, and the next build rewrites it.
///
/// On Linux the swap is `renameat2(RENAME_EXCHANGE)`; where the kernel lacks it, two renames with a
/// short window in which the folder is absent.
///
/// A target that is a symbolic link is followed: the folder it points to is replaced and the link
/// kept (a `dist` linked into a web root stays linked). Builds into the same folder take turns: each
/// holds a ``ParentLock`` from preparing its staging folder, through reading the old tree, to the
/// swap, so one build's policies are never lost to another's.
struct AtomicDirectory {
    let target: URL
    let staging: URL
    private let lock: ParentLock

    /// Prepares a staging folder for `target`, removing those left by builds that were killed (their
    /// process is gone); a build running beside this one keeps its own. Waits while another build
    /// into the same folder is running.
    init(target: URL) throws {
        self.target = try Self.followingLinks(target.standardizedFileURL)
        let parent = self.target.deletingLastPathComponent()
        let prefix = ".\(self.target.lastPathComponent).staging-"
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        lock = try ParentLock(directory: parent.path)
        do {
            staging = try Self.prepareStaging(in: parent, prefix: prefix)
        } catch {
            lock.release()
            throw error
        }
    }

    private static func prepareStaging(in parent: URL, prefix: String) throws -> URL {
        for leftover in Self.entries(of: parent.path, startingWith: prefix) {
            // The process id follows the prefix's bytes (the names were found by them).
            let owner = leftover.utf8.dropFirst(prefix.utf8.count).prefix { (0x30...0x39).contains($0) }
            if let pid = Int32(String(decoding: owner, as: UTF8.self)), Self.isRunning(pid) { continue }
            try? FileManager.default.removeItem(at: parent.appendingPathComponent(leftover))
        }
        let staging = parent.appendingPathComponent(prefix + "\(getpid())")
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: false)
        return staging
    }

    /// `url`, or when it is a symbolic link the path it finally points to (which need not exist yet).
    static func followingLinks(_ url: URL) throws -> URL {
        var url = url
        for _ in 0..<40 {
            guard let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: url.path) else {
                return url
            }
            url = URL(fileURLWithPath: destination, relativeTo: url.deletingLastPathComponent()).standardizedFileURL
        }
        throw CocoaError(.fileReadUnknown, userInfo: [
            NSFilePathErrorKey: url.path, NSLocalizedDescriptionKey: "\(url.path): too many levels of symbolic links",
        ])
    }

    /// Writes `contents` at `path` (relative, `/`-separated) inside the staging folder.
    func write(_ contents: Data, to path: String) throws {
        let url = staging.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Self.writeFile(contents, at: url.path)
    }

    /// Writes a new file with plain `write(2)` calls and no `fsync`: the staging folder is never
    /// seen by readers, and swapping it into place is what makes the tree appear whole.
    /// (`Data.write(to:)` syncs every file to the disk, which cost up to a third of a second per
    /// build on a busy shared disk.)
    private static func writeFile(_ contents: Data, at path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw WriteFailure(path: path, code: errno) }
        let written: Int32? = contents.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < bytes.count {
                #if canImport(Glibc)
                let count = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                #else
                let count = Darwin.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                #endif
                if count < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += count
            }
            return nil
        }
        // Without a sync, a delayed write error (a full disk) surfaces when the file is closed.
        let closed = close(descriptor) == 0 ? nil : errno
        if let code = written ?? closed { throw WriteFailure(path: path, code: code) }
    }

    /// A file of the staging folder could not be written: the path and the system's reason.
    struct WriteFailure: LocalizedError {
        var path: String
        var code: Int32
        var errorDescription: String? { "\(path): \(String(cString: strerror(code)))" }
    }

    /// Copies entries of the current target into the staging folder, for the parts this build keeps:
    /// all but those in `replaced` and those `dropping` accepts (given each entry's name). Returns the
    /// names dropped, sorted.
    @discardableResult
    func carryOver(except replaced: Set<String>, dropping: (String) -> Bool = { _ in false }) throws -> [String] {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: target.path) else { return [] }
        var dropped: [String] = []
        for entry in entries.sorted() where !replaced.contains(entry) {
            if dropping(entry) {
                dropped.append(entry)
                continue
            }
            try FileManager.default.copyItem(
                at: target.appendingPathComponent(entry), to: staging.appendingPathComponent(entry))
        }
        return dropped
    }

    /// Replaces the target by the staging folder, then lets the next build into it go ahead.
    func commit() throws {
        defer { lock.release() }
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: target.path, isDirectory: &isDirectory)
        if exists && !isDirectory.boolValue {
            throw CocoaError(.fileWriteFileExists, userInfo: [NSFilePathErrorKey: target.path])
        }
        if !exists {
            try FileManager.default.moveItem(at: staging, to: target)
            return
        }
        if Self.exchange(staging.path, target.path) {
            try FileManager.default.removeItem(at: staging)
            return
        }
        let old = staging.deletingLastPathComponent().appendingPathComponent(staging.lastPathComponent + ".old")
        try FileManager.default.moveItem(at: target, to: old)
        try FileManager.default.moveItem(at: staging, to: target)
        try? FileManager.default.removeItem(at: old)
    }

    /// The names in the folder at `path` whose bytes start with the bytes of `prefix` (as the staging
    /// folders were named), or none when the folder cannot be read.
    ///
    /// Read with `readdir` and the prefix compared on each name's bytes: the output folder's parent may
    /// be a busy one (a web root, `/tmp`), and listing it through `FileManager` made a string of every
    /// name, about 1,100 instructions each (8 M for a parent of 7,000 entries, a tenth of a build).
    static func entries(of path: String, startingWith prefix: String) -> [String] {
        #if canImport(Glibc)
        guard let directory = opendir(path) else { return [] }
        defer { closedir(directory) }
        let prefixLength = prefix.utf8.count
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) { tuple in
                tuple.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: tuple.pointee)) { name in
                    strncmp(name, prefix, prefixLength) == 0 ? String(cString: name) : nil
                }
            }
            // `.` and `..` never start with a staging prefix; they are left out by name all the same, since
            // the caller removes what this returns.
            if let name, name != ".", name != ".." { names.append(name) }
        }
        return names
        #else
        return ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).filter { $0.hasPrefix(prefix) }
        #endif
    }

    /// Whether a process with this id exists.
    private static func isRunning(_ pid: Int32) -> Bool {
        kill(pid, 0) == 0 || errno == EPERM
    }

    /// Drops the staging folder, leaving the target untouched, and lets the next build go ahead.
    func abandon() {
        try? FileManager.default.removeItem(at: staging)
        lock.release()
    }

    private typealias RenameAt2 = @convention(c) (
        Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32
    ) -> Int32

    /// Swaps two paths atomically; `false` when the system cannot.
    private static func exchange(_ a: String, _ b: String) -> Bool {
        #if os(Linux)
        guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "renameat2") else { return false }
        let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
        let atCurrentDirectory: Int32 = -100
        let renameExchange: UInt32 = 1 << 1
        return renameat2(atCurrentDirectory, a, atCurrentDirectory, b, renameExchange) == 0
        #else
        return false
        #endif
    }
}
