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
            data = try read(file, terminal: terminal)
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

    /// The bytes of a policy file, read whatever it is (a regular file, `/dev/stdin`, a pipe), never
    /// more than ``PolicyJSON/maximumInputSize`` and one byte, so the size check sees an oversized input.
    private static func read(_ file: String, terminal: Terminal) throws -> Data {
        let path = URL(fileURLWithPath: file, relativeTo: URL(fileURLWithPath: terminal.currentDirectory)).path
        func failure(_ message: String) -> BadInput {
            BadInput([InputError(message, location: SourceLocation(file: file, line: 1))])
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw failure("no such file")
        }
        guard !isDirectory.boolValue else { throw failure("this is a folder, not a policy file") }
        let limit = PolicyJSON.maximumInputSize
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        guard size <= limit else { throw failure(PolicyJSON.oversized(size)) }
        guard let handle = FileHandle(forReadingAtPath: path) else { throw failure("cannot read the file") }
        defer { try? handle.close() }
        var data = Data()
        do {
            while data.count <= limit, let chunk = try handle.read(upToCount: limit + 1 - data.count), !chunk.isEmpty {
                data.append(chunk)
            }
        } catch {
            throw failure("cannot read the file")
        }
        guard data.count <= limit else { throw failure(PolicyJSON.oversized(data.count)) }
        return data
    }
}
