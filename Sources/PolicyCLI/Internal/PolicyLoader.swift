import Foundation
import Policies
import PolicyCatalogue
import PolicyDSL
import PolicyModel

/// Finds the policies a command works on: shipped ones by identifier, or one JSON file (`-` for stdin).
enum PolicyLoader {
    /// The policies named by `ids`, or in `file`; every shipped policy when neither is given and `allByDefault`.
    /// A policy named twice is bad usage, for every command alike.
    static func load(
        ids: [String], file: String?, terminal: Terminal, allByDefault: Bool
    ) throws -> [PolicyDocument] {
        if let file {
            guard ids.isEmpty else { throw UsageError(message: "give policy identifiers or --file, not both") }
            return [try loadFile(file, terminal: terminal)]
        }
        if ids.isEmpty {
            guard allByDefault else { throw UsageError(message: "name a policy, or give --file") }
            return try Policies.declarations.map(assemble)
        }
        var named: Set<String> = []
        for id in ids where !named.insert(id).inserted {
            throw UsageError(message: "policy '\(id)' is named twice")
        }
        return try ids.map { id in
            guard let declaration = Policies.declaration(PolicyID(id)) else {
                throw BadInput("policyc: unknown policy '\(id)'; 'policyc list' shows the policies")
            }
            return try assemble(declaration)
        }
    }

    /// Exactly one policy, for `render` and `export`.
    static func loadOne(ids: [String], file: String?, terminal: Terminal) throws -> PolicyDocument {
        guard ids.count <= 1 else { throw UsageError(message: "name one policy") }
        let documents = try load(ids: ids, file: file, terminal: terminal, allByDefault: false)
        return documents[0]
    }

    private static func assemble(_ declaration: PrivacyPolicy) throws -> PolicyDocument {
        do {
            return try declaration.document(origin: Policies.origin(of: declaration))
        } catch {
            throw BadInput(error.errors)
        }
    }

    static func loadFile(_ file: String, terminal: Terminal) throws -> PolicyDocument {
        let data: Data
        let name: String
        if file == "-" {
            data = terminal.standardInput()
            name = "<stdin>"
        } else {
            let url = URL(fileURLWithPath: file, relativeTo: URL(fileURLWithPath: terminal.currentDirectory))
            let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
            guard size <= PolicyJSON.maximumInputSize else {
                throw BadInput([
                    InputError(
                        "the file is \(size) bytes; policies are limited to \(PolicyJSON.maximumInputSize) bytes",
                        location: SourceLocation(file: file, line: 1))
                ])
            }
            guard let contents = FileManager.default.contents(atPath: url.path) else {
                throw BadInput("\(file): error: cannot read the file")
            }
            data = contents
            name = file
        }
        do {
            let (policy, map) = try PolicyJSON.decode(data, file: name)
            let problems = PolicyValidator.problems(in: policy).map { problem in
                var located = problem
                if let pointer = problem.pointer { located.location = map.location(of: pointer) }
                return located
            }
            guard problems.isEmpty else { throw BadInput(problems) }
            return PolicyDocument(policy: policy, sourceMap: map, origin: name)
        } catch let error as InputError {
            throw BadInput([error])
        }
    }
}
