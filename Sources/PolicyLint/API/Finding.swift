import PolicyModel

/// One thing the linter found: which rule, how serious, what, and where in the policy.
///
/// The place is a JSON pointer into the policy (`/recipients/1/processingCountries`); a report turns
/// it into a file, line and column through the document's source map.
public struct Finding: Sendable, Equatable, Codable {
    public var ruleID: String
    public var severity: Severity
    public var message: String
    public var pointer: JSONPointer
    /// Further remarks: the article's wording, a declared-missing note, the facts that led there.
    public var notes: [String]
    /// The policy's written waiver for the rule, when one applies: the finding is kept but does not fail.
    public var waiver: Waiver?

    public init(
        ruleID: String, severity: Severity, message: String, pointer: JSONPointer, notes: [String] = [],
        waiver: Waiver? = nil
    ) {
        self.ruleID = ruleID
        self.severity = severity
        self.message = message
        self.pointer = pointer
        self.notes = notes
        self.waiver = waiver
    }

    /// Whether the finding makes a run fail.
    public func fails(strict: Bool) -> Bool {
        guard waiver == nil else { return false }
        return severity == .error || (strict && severity == .warning)
    }

    private enum CodingKeys: String, CodingKey {
        case ruleID, severity, message, pointer, notes, waiver
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        ruleID = try container.decode(String.self, forKey: .ruleID)
        severity = try container.decode(Severity.self, forKey: .severity)
        message = try container.decode(String.self, forKey: .message)
        pointer = JSONPointer(parsing: try container.decode(String.self, forKey: .pointer))
        notes = try container.decodeIfPresent([String].self, forKey: .notes) ?? []
        waiver = try container.decodeIfPresent(Waiver.self, forKey: .waiver)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(ruleID, forKey: .ruleID)
        try container.encode(severity, forKey: .severity)
        try container.encode(message, forKey: .message)
        try container.encode(pointer.description, forKey: .pointer)
        try container.encode(notes, forKey: .notes)
        try container.encodeIfPresent(waiver, forKey: .waiver)
    }
}
