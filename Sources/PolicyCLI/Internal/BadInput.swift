import PolicyModel

/// Input that cannot be accepted: an unknown policy, an unreadable file, an invalid policy. Exit code 2.
struct BadInput: Error, CustomStringConvertible {
    var messages: [String]

    init(_ message: String) { messages = [message] }
    init(messages: [String]) { self.messages = messages }
    init(_ errors: [InputError]) { messages = errors.map(\.description) }

    var description: String { messages.joined(separator: "\n") }
}
