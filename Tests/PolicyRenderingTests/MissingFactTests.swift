@testable import PolicyRendering
import PolicyModel
import Testing

/// ``Composer/isMissing(_:)`` answers with the linter's rule, ``Policy/declaredMissingFact(covering:)``,
/// whose byte path must agree with the rule's definition: a declared field covers a pointer when each of
/// its parsed tokens is `*` or the pointer's token at that place.
@Suite struct MissingFactTests {
    static let tokens = ["controller", "registration", "number", "recipients", "0", "1", "*", "", "dpo", "contact", "é", "~0", "a/b"]

    static func pointers(count: Int, seed: UInt64) -> [String] {
        var generator = FastPathTests.Generator(state: seed)
        return (0..<count).map { _ in
            let length = Int(generator.next() % 5)
            return (0..<length).map { _ in "/" + generator.pick(tokens) }.joined()
        }
    }

    /// The rule's definition, on parsed tokens.
    static func covers(_ fields: [MissingFact], _ pointer: JSONPointer) -> Bool {
        fields.contains { fact in
            let pattern = JSONPointer(parsing: fact.field).tokens
            return pattern.count <= pointer.tokens.count && zip(pattern, pointer.tokens).allSatisfy { $0 == "*" || $0 == $1 }
        }
    }

    @Test func isMissingFollowsTheRuleDefinition() {
        let fields = Self.pointers(count: 300, seed: 5)
        let pointers = Self.pointers(count: 300, seed: 6).map { JSONPointer(parsing: $0) }
            + [JSONPointer(), "/controller/registration/number", "/recipients" / 1]
        for start in stride(from: 0, to: fields.count, by: 3) {
            var policy = SampleModel.policy
            policy.missing = fields[start..<min(start + 1 + start % 4, fields.count)].map { MissingFact(field: $0, note: "") }
            let composer = Composer(policy: policy, language: .en, templates: Templates.shipped)
            for pointer in pointers {
                #expect(composer.isMissing(pointer) == Self.covers(policy.missing, pointer),
                        "\(policy.missing.map(\.field)) \(pointer.tokens)")
            }
        }
        let composer = Composer(policy: SampleModel.policy, language: .fr, templates: Templates.shipped)
        for pointer in pointers {
            #expect(composer.isMissing(pointer) == Self.covers(SampleModel.policy.missing, pointer))
        }
    }
}
