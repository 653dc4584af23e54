/// A JSON Schema (draft 2020-12), limited to the keywords the policy format needs.
///
/// Each schema is one rule (a string, an integer, an object…) with an optional `description`.
/// Objects always carry `additionalProperties: false`, so a misspelt field is an error, not a
/// silently ignored value. ``JSONSchemaDocument`` holds the named definitions `$ref` points to.
public struct JSONSchema: Hashable, Sendable {
    /// The `description` keyword: a short note for people and editors.
    public var description: String?
    public var rule: Rule

    public init(_ rule: Rule, description: String? = nil) {
        self.rule = rule
        self.description = description
    }

    /// What a value must be.
    public indirect enum Rule: Hashable, Sendable {
        /// `"type": "string"`, with an optional `pattern` and `maxLength`.
        case string(StringRule)
        /// `"type": "integer"`: a number without a fractional part, with an optional `minimum` and
        /// `maximum`; it must fit in `Int` in any case.
        case integer(IntegerRule)
        /// `"type": "boolean"`.
        case boolean
        /// `"type": "string"` with `enum`: one of the listed values.
        case enumeration([String])
        /// `"type": "array"` whose `items` all match the schema.
        case array(items: JSONSchema)
        /// `"type": "object"` with `properties`, `patternProperties`, `required` and
        /// `"additionalProperties": false`.
        case object(ObjectRule)
        /// `"$ref": "#/$defs/<name>"`.
        case reference(String)
        /// `"anyOf"`: the value matches one of the schemas. They accept different JSON types (a string,
        /// an object), so the value's type picks the one it is checked against.
        case anyOf([JSONSchema])
    }

    /// The constraints on a string.
    public struct StringRule: Hashable, Sendable {
        /// An ECMA-262 regular expression the string must contain a match for (anchor it to match whole).
        public var pattern: String?
        /// The largest number of Unicode code points.
        public var maxLength: Int?

        public init(pattern: String? = nil, maxLength: Int? = nil) {
            self.pattern = pattern
            self.maxLength = maxLength
        }
    }

    /// The bounds of an integer, both included.
    public struct IntegerRule: Hashable, Sendable {
        public var minimum: Int?
        public var maximum: Int?

        public init(minimum: Int? = nil, maximum: Int? = nil) {
            self.minimum = minimum
            self.maximum = maximum
        }
    }

    /// The members an object may and must have; any other member is refused.
    public struct ObjectRule: Hashable, Sendable {
        /// Named members, in the model's declaration order.
        public var properties: [Property]
        /// Members whose names match a pattern: the language codes of a localized text.
        public var patternProperties: [PatternProperty]
        /// The members that must be present, in declaration order.
        public var required: [String]

        public init(properties: [Property] = [], patternProperties: [PatternProperty] = [], required: [String] = []) {
            self.properties = properties
            self.patternProperties = patternProperties
            self.required = required
        }

    }

    /// A named member of an object.
    public struct Property: Hashable, Sendable {
        public var name: String
        public var schema: JSONSchema

        public init(name: String, schema: JSONSchema) {
            self.name = name
            self.schema = schema
        }
    }

    /// Members whose names match `pattern`.
    public struct PatternProperty: Hashable, Sendable {
        public var pattern: String
        public var schema: JSONSchema

        public init(pattern: String, schema: JSONSchema) {
            self.pattern = pattern
            self.schema = schema
        }
    }
}
