/// Checks a parsed JSON value against a schema of a ``JSONSchemaDocument``.
///
/// Every mismatch is reported, in document order: for an object, its missing members first (they
/// are reported where the object starts), then each member as written. A value of the wrong type
/// is reported once, without looking inside it.
struct JSONSchemaValidator {
    /// How many `$ref`s in a row are followed before the schema is declared circular.
    static let maximumReferenceChain = 16

    let document: JSONSchemaDocument
    let map: SourceMap
    private(set) var errors: [InputError] = []
    private var patterns = PatternMatcher()

    init(document: JSONSchemaDocument, map: SourceMap) {
        self.document = document
        self.map = map
    }

    mutating func check(_ value: JSONValue, against schema: JSONSchema, at pointer: JSONPointer) {
        guard let schema = resolve(schema, at: pointer) else { return }
        switch schema.rule {
        case .string(let rule):
            guard case .string(let text) = value else { return mismatch("a string", value, at: pointer) }
            checkString(text, rule, description: schema.description, at: pointer)
        case .integer(let rule):
            guard case .number(let text) = value, Self.isInteger(text) else {
                return mismatch("an integer", value, at: pointer)
            }
            checkInteger(text, rule, at: pointer)
        case .boolean:
            guard case .bool = value else { return mismatch("true or false", value, at: pointer) }
        case .enumeration(let values):
            guard case .string(let text) = value else { return mismatch("a string", value, at: pointer) }
            if !values.contains(text) {
                report("unknown value '\(Self.shown(text))'; expected one of \(values.joined(separator: ", "))", at: pointer)
            }
        case .array(let items):
            guard case .array(let elements) = value else { return mismatch("an array", value, at: pointer) }
            for (index, element) in elements.enumerated() { check(element, against: items, at: pointer / index) }
        case .object(let rule):
            guard case .object(let members) = value else { return mismatch("an object", value, at: pointer) }
            checkObject(members, rule, at: pointer)
        case .reference:
            // `resolve` follows every reference.
            break
        case .anyOf(let alternatives):
            checkAlternatives(value, alternatives, at: pointer)
        }
    }

    /// Checks `value` against the alternative that accepts its JSON type, or reports the types accepted.
    private mutating func checkAlternatives(_ value: JSONValue, _ alternatives: [JSONSchema], at pointer: JSONPointer) {
        var accepted: [String] = []
        for alternative in alternatives {
            guard let resolved = resolve(alternative, at: pointer) else { return }
            let kind = Self.kind(accepted: resolved.rule)
            if kind == Self.kind(of: value) { return check(value, against: resolved, at: pointer) }
            if let kind, !accepted.contains(kind) { accepted.append(kind) }
        }
        let expected = accepted.isEmpty ? "nothing" : accepted.joined(separator: " or ")
        mismatch(expected, value, at: pointer)
    }

    /// The schema a reference leads to, or `nil` (reported) when it leads nowhere.
    private mutating func resolve(_ schema: JSONSchema, at pointer: JSONPointer) -> JSONSchema? {
        var current = schema
        for _ in 0...Self.maximumReferenceChain {
            guard case .reference(let name) = current.rule else { return current }
            guard let target = document.definition(name) else {
                report("the schema refers to '\(name)', which it does not define", at: pointer)
                return nil
            }
            current = target
        }
        report("the schema's references go round in a circle", at: pointer)
        return nil
    }

    private mutating func checkString(_ text: String, _ rule: JSONSchema.StringRule, description: String?, at pointer: JSONPointer) {
        if let maximum = rule.maxLength, text.unicodeScalars.count > maximum {
            report("the text is \(text.unicodeScalars.count) characters long; at most \(maximum) are accepted", at: pointer)
        } else if let pattern = rule.pattern {
            switch patterns.text(text, matches: pattern) {
            case true?: break
            case false?:
                let note = description.map { " (\($0))" } ?? ""
                report("'\(Self.shown(text))' does not match \(pattern)\(note)", at: pointer)
            case nil: report("the schema's pattern \(pattern) is not a valid regular expression", at: pointer)
            }
        }
    }

    /// An integer the model can hold (`Int`) and within the rule's bounds.
    private mutating func checkInteger(_ text: String, _ rule: JSONSchema.IntegerRule, at pointer: JSONPointer) {
        let lowest = rule.minimum ?? Int.min, highest = rule.maximum ?? Int.max
        guard let number = Self.integerValue(text), (lowest...highest).contains(number) else {
            return report("\(Self.shown(text)) is out of range: expected an integer from \(lowest) to \(highest)", at: pointer)
        }
    }

    private mutating func checkObject(_ members: [JSONValue.Member], _ rule: JSONSchema.ObjectRule, at pointer: JSONPointer) {
        let present = Set(members.map(\.key))
        for name in rule.required where !present.contains(name) {
            errors.append(InputError("missing required field '\(name)'", location: map.location(of: pointer), pointer: pointer / name))
        }
        for member in members {
            if let property = rule.properties.first(where: { $0.name == member.key }) {
                check(member.value, against: property.schema, at: pointer / member.key)
            } else if let property = rule.patternProperties.first(where: { patterns.text(member.key, matches: $0.pattern) == true }) {
                check(member.value, against: property.schema, at: pointer / member.key)
            } else {
                report(Self.unknownField(member.key, rule), at: pointer / member.key)
            }
        }
    }

    private mutating func mismatch(_ expected: String, _ value: JSONValue, at pointer: JSONPointer) {
        report("expected \(expected), found \(Self.kind(of: value))", at: pointer)
    }

    private mutating func report(_ message: String, at pointer: JSONPointer) {
        errors.append(InputError(message, location: map.location(of: pointer), pointer: pointer))
    }
}
