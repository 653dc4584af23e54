import Foundation
import PolicyRendering

/// The repository's `templates/` directory, found from this file's path.
enum Templates {
    static let directory: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("templates").resolvingSymlinksInPath().path
    }()

    /// The shipped templates, loaded once.
    static let shipped: TemplateSet = {
        do {
            return try TemplateSet.load(directory: directory)
        } catch {
            preconditionFailure("\(error)")
        }
    }()

    static let renderer = PolicyRenderer(templates: shipped)

    /// A copy of the shipped templates in a fresh temporary directory, for tests that edit them.
    static func copy() throws -> String {
        let target = FileManager.default.temporaryDirectory
            .appendingPathComponent("policyc-templates-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: false)
        for name in try FileManager.default.contentsOfDirectory(atPath: directory) {
            try FileManager.default.copyItem(atPath: directory + "/" + name, toPath: target + "/" + name)
        }
        return target
    }

    /// Replaces `old` with `new` in one file of a templates copy.
    static func edit(_ directory: String, _ file: String, replacing old: String, with new: String) throws {
        let path = directory + "/" + file
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: old, with: new).write(toFile: path, atomically: true, encoding: .utf8)
    }
}
