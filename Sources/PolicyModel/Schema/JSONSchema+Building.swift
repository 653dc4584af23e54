/// Short constructors, so a definition reads like the model it describes.
extension JSONSchema {
    /// Any string.
    public static let string = JSONSchema(.string(StringRule()))
    public static let integer = JSONSchema(.integer(IntegerRule()))
    public static let boolean = JSONSchema(.boolean)

    /// A string matching `pattern`, at most `maxLength` code points long.
    public static func string(pattern: String, maxLength: Int? = nil) -> JSONSchema {
        JSONSchema(.string(StringRule(pattern: pattern, maxLength: maxLength)))
    }

    /// An integer from `minimum` to `maximum`, both included.
    public static func integer(minimum: Int, maximum: Int) -> JSONSchema {
        JSONSchema(.integer(IntegerRule(minimum: minimum, maximum: maximum)))
    }

    /// One of the raw values of a model enum, in declaration order, read from `allCases`.
    public static func oneOf<Value: CaseIterable & RawRepresentable>(_ type: Value.Type) -> JSONSchema
    where Value.RawValue == String {
        JSONSchema(.enumeration(type.allCases.map(\.rawValue)))
    }

    /// One of the given strings.
    public static func oneOf(_ values: [String]) -> JSONSchema {
        JSONSchema(.enumeration(values))
    }

    public static func array(of items: JSONSchema) -> JSONSchema {
        JSONSchema(.array(items: items))
    }

    /// A reference to the definition `name` in the document's `$defs`.
    public static func reference(_ name: String) -> JSONSchema {
        JSONSchema(.reference(name))
    }

    /// A value matching one of `alternatives`, each of a different JSON type.
    public static func anyOf(_ alternatives: JSONSchema...) -> JSONSchema {
        JSONSchema(.anyOf(alternatives))
    }

    /// An object with exactly these members: every `required` one, any of the `optional` ones.
    public static func object(
        required: KeyValuePairs<String, JSONSchema>, optional: KeyValuePairs<String, JSONSchema> = [:]
    ) -> JSONSchema {
        let properties = (Array(required) + Array(optional)).map { Property(name: $0.key, schema: $0.value) }
        return JSONSchema(.object(ObjectRule(properties: properties, required: required.map(\.key))))
    }

    /// An object whose member names match `keys` and whose values match `values`; `required` names
    /// must be present.
    public static func map(keys: String, values: JSONSchema, required: [String]) -> JSONSchema {
        JSONSchema(.object(ObjectRule(patternProperties: [PatternProperty(pattern: keys, schema: values)], required: required)))
    }

    /// The same schema with a `description`.
    public func described(_ text: String) -> JSONSchema {
        var copy = self
        copy.description = text
        return copy
    }
}
