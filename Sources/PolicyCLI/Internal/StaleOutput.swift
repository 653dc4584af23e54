import Foundation

/// Recognises the folder a build wrote for a policy, so a build of every policy can drop the folders of
/// policies that no longer exist (a statement of a deleted policy must not stay published) without ever
/// touching what a user put in the output folder.
enum StaleOutput {
    /// Whether a build writes files of this name in a policy's folder: `policy.json`, `index.html`, and a
    /// page per language (`fr.html`, `en.md`; a language tag is two or three lowercase ASCII letters).
    static func isBuildFileName(_ name: String) -> Bool {
        if name == "policy.json" || name == "index.html" { return true }
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[1] == "html" || parts[1] == "md" else { return false }
        return (2...3).contains(parts[0].utf8.count) && parts[0].utf8.allSatisfy { (0x61...0x7A).contains($0) }
    }

    /// Whether `url` is a folder (not a link) holding `policy.json` and otherwise only regular files a
    /// build writes: nothing else, no subfolder, no link.
    static func isPolicyFolder(_ url: URL) -> Bool {
        guard isPlain(url, .typeDirectory),
            let names = try? FileManager.default.contentsOfDirectory(atPath: url.path),
            names.contains("policy.json")
        else { return false }
        return names.allSatisfy { name in
            isBuildFileName(name) && isPlain(url.appendingPathComponent(name), .typeRegular)
        }
    }

    /// Whether the item at `url` is of `type`, symbolic links not followed.
    private static func isPlain(_ url: URL, _ type: FileAttributeType) -> Bool {
        (try? FileManager.default.attributesOfItem(atPath: url.path)[.type] as? FileAttributeType) == type
    }
}
