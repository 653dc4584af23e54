import Foundation

/// Finds the templates folder: `--templates`, then `POLICYC_TEMPLATES`, then `templates/` in the working
/// directory or one of its parents, then beside the executable's package. An empty `POLICYC_TEMPLATES`
/// counts as unset, as shells treat `VAR=` and an unset variable alike.
enum TemplateLocator {
    static func directory(option: String?, terminal: Terminal) throws -> String {
        let base = URL(fileURLWithPath: terminal.currentDirectory)
        let environment = terminal.environment["POLICYC_TEMPLATES"].flatMap { $0.isEmpty ? nil : $0 }
        if let explicit = option ?? environment {
            let url = URL(fileURLWithPath: explicit, relativeTo: base).standardizedFileURL
            guard isDirectory(url) else { throw BadInput("policyc: templates folder '\(explicit)' not found") }
            return url.path
        }
        var candidates: [URL] = []
        var folder = base.standardizedFileURL
        for _ in 0..<6 {
            candidates.append(folder.appendingPathComponent("templates"))
            folder = folder.deletingLastPathComponent()
        }
        var executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        for _ in 0..<6 {
            executable = executable.deletingLastPathComponent()
            candidates.append(executable.appendingPathComponent("templates"))
        }
        guard let found = candidates.first(where: isDirectory) else {
            throw BadInput("policyc: no templates folder found; run from the repository or pass --templates DIR")
        }
        return found.path
    }

    private static func isDirectory(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.appendingPathComponent("fr").path, isDirectory: &isDirectory)
            && isDirectory.boolValue
    }
}
