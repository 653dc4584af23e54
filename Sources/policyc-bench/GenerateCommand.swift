import Foundation
import PolicyGenerator
import PolicyModel

/// `policyc-bench generate`: writes `DIR/gen-00001.json` … one policy at a time.
struct GenerateCommand {
    var options: Options

    func run() throws {
        let count = try options.count
        let generator = PolicyGenerator(seed: try options.seed, size: try options.size)
        guard let out = options.string("--out") else { throw UsageError("--out is required") }
        let folder = URL(fileURLWithPath: out, isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for index in 1...count {
            let policy = generator.policy(index: index)
            try PolicyJSON.encode(policy).write(to: folder.appendingPathComponent("\(policy.id).json"))
        }
        print("policyc-bench: wrote \(count) policies to \(out) (seed \(generator.seed))")
    }
}
