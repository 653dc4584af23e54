import Foundation
import PolicyModel
import Testing

/// The schema describes the whole model, exactly as the encoder writes it.
@Suite struct SchemaCoverageTests {
    @Test func aPolicyWithEveryFieldSetValidates() throws {
        let (value, map) = try SchemaFixtures.parsed(try SchemaFixtures.richPolicy())
        #expect(PolicySchema.validate(value, map: map) == [])
    }

    @Test func aPolicyWithNoOptionalFieldValidates() throws {
        let (value, map) = try SchemaFixtures.parsed(try SchemaFixtures.minimalPolicy())
        #expect(PolicySchema.validate(value, map: map) == [])
    }

    @Test func removingOptionalFieldsStillValidates() throws {
        var (value, _) = try SchemaFixtures.parsed(try SchemaFixtures.richPolicy())
        for pointer: JSONPointer in ["/dpo/title", "/dpo/name", "/controller/representative", "/purposes/0/directMarketing",
            "/transfers/0/certificationCheckedOn", "/cookies/0/lifetime", "/cookieConsent", "/rights/responseDelay"]
        {
            value = try value.replacing(pointer, with: nil)
        }
        #expect(PolicySchema.validate(value, map: SourceMap()) == [])
    }

    /// Each object of the rich policy uses every property its definition declares, and no other:
    /// the schema covers the model and invents nothing.
    @Test func everyDefinitionMatchesTheMembersTheEncoderWrites() throws {
        let (value, _) = try SchemaFixtures.parsed(try SchemaFixtures.richPolicy())
        var walk = DefinitionWalk(document: PolicySchema.document)
        try walk.visit(value, PolicySchema.document.root, definition: nil)
        for definition in PolicySchema.Definition.allCases {
            #expect(walk.reached.contains(definition.rawValue), "\(definition.rawValue) is never used")
            guard case .object(let rule) = definition.schema.rule, !rule.properties.isEmpty else { continue }
            #expect(walk.seen[definition.rawValue] == Set(rule.properties.map(\.name)), "\(definition.rawValue)")
        }
    }

    /// Removing any member of the rich policy: the schema refuses it exactly when Foundation's
    /// decoder does (required = non-optional), except a language of a text, which only the schema
    /// requires.
    @Test func requiredFieldsAreTheNonOptionalProperties() throws {
        let (value, _) = try SchemaFixtures.parsed(try SchemaFixtures.richPolicy())
        var checked = 0
        for pointer in value.memberPointers {
            let mutated = try value.replacing(pointer, with: nil)
            let errors = PolicySchema.validate(mutated, map: SourceMap())
            let decoded = (try? JSONDecoder().decode(Policy.self, from: Data(mutated.text.utf8))) != nil
            let name = pointer.tokens.last ?? ""
            if Language.required.map(\.code).contains(name) {
                #expect(errors.map(\.message) == ["missing required field '\(name)'"], "\(pointer)")
                continue
            }
            #expect(errors.isEmpty == decoded, "\(pointer): schema \(errors.isEmpty), decoder \(decoded)")
            if !decoded {
                #expect(errors.first?.message == "missing required field '\(name)'", "\(pointer)")
                #expect(errors.first?.pointer == pointer)
            }
            checked += 1
        }
        #expect(checked > 150)
    }

    /// Replacing any value with one of another JSON type: both the schema and the decoder refuse it.
    @Test func wrongTypesAreRefusedLikeTheDecoderRefusesThem() throws {
        let (value, _) = try SchemaFixtures.parsed(try SchemaFixtures.richPolicy())
        for pointer in value.memberPointers {
            let original = try #require(try value.value(at: pointer))
            let replacement: JSONValue = if case .string = original { .number("1") } else { .string("x") }
            let mutated = try value.replacing(pointer, with: replacement)
            let errors = PolicySchema.validate(mutated, map: SourceMap())
            let decoded = (try? JSONDecoder().decode(Policy.self, from: Data(mutated.text.utf8))) != nil
            #expect(!decoded, "\(pointer)")
            #expect(errors.first?.pointer == pointer, "\(pointer)")
            #expect(errors.first?.message.hasPrefix("expected ") == true, "\(pointer)")
        }
    }
}

/// Walks a JSON value with its schema, noting each definition reached and the members each object
/// definition was seen with.
struct DefinitionWalk {
    let document: JSONSchemaDocument
    var reached: Set<String> = []
    var seen: [String: Set<String>] = [:]

    mutating func visit(_ value: JSONValue, _ schema: JSONSchema, definition: String?) throws {
        switch (schema.rule, value) {
        case (.reference(let name), _):
            reached.insert(name)
            try visit(value, try #require(document.definition(name)), definition: name)
        case (.array(let items), .array(let elements)):
            for element in elements { try visit(element, items, definition: nil) }
        case (.object(let rule), .object(let members)):
            for member in members {
                guard let property = rule.properties.first(where: { $0.name == member.key }) else { continue }
                if let definition { seen[definition, default: []].insert(member.key) }
                try visit(member.value, property.schema, definition: nil)
            }
        default:
            break
        }
    }
}
