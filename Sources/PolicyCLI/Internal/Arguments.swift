/// The options a command accepts: flags, options with a value, and whether positionals are allowed.
struct ArgumentSpec {
    var flags: Set<String> = []
    var options: Set<String> = []
    var maximumPositionals = Int.max
}

/// Bad usage: an unknown option, a missing value. Exit code 2 with the command's usage line.
struct UsageError: Error {
    var message: String
}

/// A command line split into flags, options and positionals, checked against a spec.
///
/// A flag or option given twice is bad usage, even with the same value: one rule for all of them.
struct Arguments {
    private(set) var flags: Set<String> = []
    private(set) var options: [String: String] = [:]
    private(set) var positionals: [String] = []

    init(_ arguments: [String], spec: ArgumentSpec) throws(UsageError) {
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if argument == "--" {
                positionals += arguments[index...]
                break
            }
            guard argument.hasPrefix("--"), argument.count > 2 else {
                positionals.append(argument)
                continue
            }
            var name = argument
            var inlineValue: String?
            if let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            if spec.flags.contains(name) {
                guard inlineValue == nil else { throw UsageError(message: "\(name) takes no value") }
                guard flags.insert(name).inserted else { throw UsageError(message: "\(name) is given twice") }
            } else if spec.options.contains(name) {
                let value: String
                if let inlineValue {
                    value = inlineValue
                } else {
                    guard index < arguments.count else { throw UsageError(message: "\(name) needs a value") }
                    value = arguments[index]
                    index += 1
                }
                // No option means anything empty: `--out ""` is a slip (an unset variable), not a folder.
                guard !value.isEmpty else { throw UsageError(message: "\(name) needs a value, not an empty one") }
                guard options[name] == nil else { throw UsageError(message: "\(name) is given twice") }
                options[name] = value
            } else {
                throw UsageError(message: "unknown option '\(name)'")
            }
        }
        if positionals.count > spec.maximumPositionals {
            throw UsageError(message: "unexpected argument '\(positionals[spec.maximumPositionals])'")
        }
    }

    func flag(_ name: String) -> Bool { flags.contains(name) }
    func option(_ name: String) -> String? { options[name] }

    /// An option whose value must be one of `choices`.
    func choice(_ name: String, in choices: [String], default fallback: String? = nil) throws(UsageError) -> String? {
        guard let value = options[name] else { return fallback }
        guard choices.contains(value) else {
            throw UsageError(message: "\(name) must be one of \(choices.joined(separator: ", ")), not '\(value)'")
        }
        return value
    }
}
