import Foundation
import PolicyLint
import PolicyModel
import PolicyRendering

/// `policyc build`: lints, then writes every statement of the selected policies into the output folder.
enum BuildCommand {
    static let spec = ArgumentSpec(options: ["--file", "--out", "--templates"])
    static let usage = "usage: policyc build [ids…] [--file F] [--out DIR] [--templates DIR]"
    static let help = """
        \(usage)

        Lints the policies (all of policies/ when none is named), then writes for each
          DIR/<id>/fr.html, en.html   standalone pages
          DIR/<id>/fr.md, en.md       CommonMark with GFM tables
          DIR/<id>/policy.json        the canonical JSON
          DIR/<id>/index.html         a page offering both languages
        DIR defaults to dist. The files are written to a staging folder beside DIR that replaces DIR in one
        step: on a lint error (exit 1) or bad input (exit 2) nothing is written and DIR is left as it was.
        When DIR is a symbolic link, the folder it points to is replaced and the link kept. Builds into the
        same DIR wait for each other.
        Building some policies keeps the other policies' folders already in DIR. Building all of them also
        removes the folder of a policy that no longer exists (a folder holding only files a build writes);
        other files and folders in DIR are kept.
        """

    static func run(_ arguments: Arguments, terminal: inout Terminal) throws -> ExitCode {
        let documents = try PolicyLoader.load(
            ids: arguments.positionals, file: arguments.option("--file"), terminal: terminal, allByDefault: true)
        try checkUnique(documents)
        let renderer = try Rendering.renderer(templates: arguments.option("--templates"), terminal: terminal)

        let report = LintCommand.report(for: documents, referenceDate: LintCommand.today)
        if report.hasFailures(strict: false) {
            terminal.printError(report.formatted(as: .text, colors: false))
            terminal.printError("policyc build: lint errors; nothing written")
            return .lintFailure
        }

        let out = URL(
            fileURLWithPath: arguments.option("--out") ?? "dist",
            relativeTo: URL(fileURLWithPath: terminal.currentDirectory))
        try checkOutside(out, workingDirectory: terminal.currentDirectory)
        let files = documents.map { ($0.policy.id.rawValue, Self.files(for: $0.policy, renderer: renderer)) }
        let isFullBuild = arguments.positionals.isEmpty && arguments.option("--file") == nil
        var removed: [String] = []
        do {
            let folder = try AtomicDirectory(target: out)
            do {
                removed = try folder.carryOver(except: Set(files.map(\.0))) { entry in
                    isFullBuild && StaleOutput.isPolicyFolder(folder.target.appendingPathComponent(entry))
                }
                for (id, contents) in files {
                    for (name, data) in contents { try folder.write(data, to: "\(id)/\(name)") }
                }
                try folder.commit()
            } catch {
                folder.abandon()
                throw error
            }
        } catch {
            throw BadInput("policyc build: cannot write \(out.path): \(error.localizedDescription)")
        }
        for (id, contents) in files {
            terminal.print("\(id): \(contents.map(\.0).joined(separator: ", "))")
        }
        for id in removed { terminal.print("\(id): removed (no such policy)") }
        return .success
    }

    /// The files of one policy's folder, in a fixed order.
    static func files(for policy: Policy, renderer: PolicyRenderer) -> [(String, Data)] {
        var files: [(String, Data)] = []
        renderer.forEachFile(for: policy) { name, document in files.append((name, document.withUnsafeBytes { Data($0) })) }
        files.append(("policy.json", PolicyJSON.encode(policy)))
        return files
    }

    /// Refuses an output folder that is the working directory or holds it (`--out .`, `--out ..`, `--out /`):
    /// the build copies the folder's other contents into its staging folder and swaps the copy in, which
    /// would copy a whole project and leave the calling shell in a folder that is no longer there.
    private static func checkOutside(_ out: URL, workingDirectory: String) throws {
        let target = ((try? AtomicDirectory.followingLinks(out.standardizedFileURL)) ?? out.standardizedFileURL)
            .resolvingSymlinksInPath().pathComponents
        let here = URL(fileURLWithPath: workingDirectory).standardizedFileURL.resolvingSymlinksInPath().pathComponents
        if here.starts(with: target) {
            throw BadInput("policyc build: --out \(out.relativePath) is the working directory or holds it; "
                + "name a folder of its own, such as dist")
        }
    }

    private static func checkUnique(_ documents: [PolicyDocument]) throws {
        var seen: Set<PolicyID> = []
        for document in documents where !seen.insert(document.policy.id).inserted {
            throw BadInput("policyc build: policy '\(document.policy.id)' is named twice")
        }
    }
}
