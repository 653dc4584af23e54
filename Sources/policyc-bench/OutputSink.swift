import Foundation
import PolicyRendering

/// Where rendered statements go: `/dev/null` through one open stream, or one file each in a folder.
///
/// Writing to `/dev/null` still copies nothing but pays the `fwrite` and system call, so the write
/// phase measures handing the bytes over, not the disk.
final class OutputSink {
    private let folder: URL?
    private let stream: UnsafeMutablePointer<FILE>?

    init(folder: String?) throws {
        if let folder {
            let url = URL(fileURLWithPath: folder, isDirectory: true)
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            self.folder = url
            stream = nil
        } else {
            self.folder = nil
            stream = fopen("/dev/null", "w")
        }
    }

    deinit {
        if let stream { fclose(stream) }
    }

    /// Writes `document` as `name` (a file name such as `gen-00001.fr.html`).
    func write(_ document: borrowing RenderedDocument, name: String) throws {
        if let folder {
            try document.withUnsafeBytes { try Data($0).write(to: folder.appendingPathComponent(name)) }
            return
        }
        guard let stream else { return }
        document.withUnsafeBytes { bytes in _ = fwrite(bytes.baseAddress, 1, bytes.count, stream) }
        fflush(stream)
    }

    /// Writes `document` and frees it, so that the write phase pays for letting the bytes go.
    func writeAndFree(_ document: consuming RenderedDocument, name: String) throws {
        try write(document, name: name)
    }
}
