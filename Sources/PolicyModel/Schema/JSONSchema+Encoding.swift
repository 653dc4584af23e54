/// The schema as JSON Schema keywords.
extension JSONSchema: Encodable {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: SchemaKey.self)
        try container.encodeIfPresent(description, forKey: "description")
        switch rule {
        case .string(let rule):
            try container.encode("string", forKey: "type")
            try container.encodeIfPresent(rule.pattern, forKey: "pattern")
            try container.encodeIfPresent(rule.maxLength, forKey: "maxLength")
        case .integer(let rule):
            try container.encode("integer", forKey: "type")
            try container.encodeIfPresent(rule.minimum, forKey: "minimum")
            try container.encodeIfPresent(rule.maximum, forKey: "maximum")
        case .boolean:
            try container.encode("boolean", forKey: "type")
        case .enumeration(let values):
            try container.encode("string", forKey: "type")
            try container.encode(values, forKey: "enum")
        case .array(let items):
            try container.encode("array", forKey: "type")
            try container.encode(items, forKey: "items")
        case .object(let rule):
            try container.encode("object", forKey: "type")
            if !rule.properties.isEmpty {
                var properties = container.nestedContainer(keyedBy: SchemaKey.self, forKey: "properties")
                for property in rule.properties {
                    try properties.encode(property.schema, forKey: SchemaKey(property.name))
                }
            }
            if !rule.patternProperties.isEmpty {
                var patterns = container.nestedContainer(keyedBy: SchemaKey.self, forKey: "patternProperties")
                for property in rule.patternProperties {
                    try patterns.encode(property.schema, forKey: SchemaKey(property.pattern))
                }
            }
            if !rule.required.isEmpty { try container.encode(rule.required, forKey: "required") }
            try container.encode(false, forKey: "additionalProperties")
        case .reference(let name):
            try container.encode(JSONSchemaDocument.referencePrefix + name, forKey: "$ref")
        case .anyOf(let alternatives):
            try container.encode(alternatives, forKey: "anyOf")
        }
    }
}

/// A member name in a schema: a keyword, a property name or a pattern.
struct SchemaKey: CodingKey, ExpressibleByStringLiteral {
    var stringValue: String
    var intValue: Int? { nil }

    init(_ name: String) { stringValue = name }
    init(stringLiteral value: String) { stringValue = value }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
