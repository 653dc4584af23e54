import PolicyGenerator

/// `--name value` pairs, checked against the names the commands know.
struct Options {
    private var values: [String: String] = [:]

    static let known: Set<String> = ["--count", "--seed", "--size", "--out", "--templates", "--dump-markdown"]

    init(_ arguments: [String]) throws {
        var rest = arguments[...]
        while let name = rest.popFirst() {
            guard Self.known.contains(name) else { throw UsageError("unknown option '\(name)'") }
            guard let value = rest.popFirst() else { throw UsageError("\(name) needs a value") }
            values[name] = value
        }
    }

    func string(_ name: String) -> String? { values[name] }

    var count: Int {
        get throws {
            guard let text = values["--count"] else { throw UsageError("--count is required") }
            guard let n = Int(text), n > 0 else { throw UsageError("--count must be a positive number") }
            return n
        }
    }

    var seed: UInt64 {
        get throws {
            guard let text = values["--seed"] else { return 1 }
            guard let seed = UInt64(text) else { throw UsageError("--seed must be a number ≥ 0") }
            return seed
        }
    }

    var size: PolicySize {
        get throws {
            guard let text = values["--size"] else { return .mixed }
            guard let size = PolicySize.named[text] else { throw UsageError("--size is small, mixed or large") }
            return size
        }
    }
}
