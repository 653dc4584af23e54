import Foundation

/// A complete JSON Schema document: a root schema and the named definitions (`$defs`) it refers to.
public struct JSONSchemaDocument: Hashable, Sendable {
    /// The dialect every document declares in `$schema`.
    public static let dialect = "https://json-schema.org/draft/2020-12/schema"
    /// How a `$ref` names a definition of the same document.
    public static let referencePrefix = "#/$defs/"

    public var title: String
    /// The schema the whole document must match, usually a described reference to one definition.
    public var root: JSONSchema
    /// The definitions, in a stable order; names are unique.
    public var definitions: [JSONSchema.Property]

    public init(title: String, root: JSONSchema, definitions: [JSONSchema.Property]) {
        self.title = title
        self.root = root
        self.definitions = definitions
    }

    /// The definition called `name`, or `nil`.
    public func definition(_ name: String) -> JSONSchema? {
        definitions.first { $0.name == name }?.schema
    }

    /// The canonical text: sorted keys, two-space indentation, unescaped slashes, a final newline.
    ///
    /// The same document always gives the same bytes, so the published file can be compared with it.
    public var text: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        // A schema holds only strings, integers and booleans: encoding it cannot fail.
        guard let data = try? encoder.encode(self) else { preconditionFailure("The schema '\(title)' could not be encoded") }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

extension JSONSchemaDocument: Encodable {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: SchemaKey.self)
        try container.encode(Self.dialect, forKey: "$schema")
        try container.encode(title, forKey: "title")
        // The root's keywords (`description`, `$ref`) sit beside `$schema` and `$defs`.
        try root.encode(to: encoder)
        var definitions = container.nestedContainer(keyedBy: SchemaKey.self, forKey: "$defs")
        for definition in self.definitions {
            try definitions.encode(definition.schema, forKey: SchemaKey(definition.name))
        }
    }
}
