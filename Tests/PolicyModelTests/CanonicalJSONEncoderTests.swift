import Foundation
import PolicyModel
import Testing

/// The canonical encoder writes the bytes of Foundation's `JSONEncoder` with `.sortedKeys`, `.prettyPrinted`
/// and `.withoutEscapingSlashes`, on the shapes JSON can take.
@Suite struct CanonicalJSONEncoderTests {
    struct Shapes: Encodable {
        var emptyArray: [Int] = []
        var emptyObject: [String: String] = [:]
        var absent: Int? = nil
        var flag = true
        var negative = -3
        var wide: UInt64 = .max
        var keys: [String: Int] = ["a": 1, "B": 2, "a2": 3, "a10": 4, "_x": 5, "A": 6, "aB": 7, "a_b": 8, "aa": 9, "z": 10]
        var text = "a\"b\\c/d\n\t\r\u{8}\u{C}\u{1}\u{1F}\u{7F} é 😀 \u{2028} <script>"
        var nested: [[String: [Int]]] = [["k": []], [:], ["n": [1, 2]]]
        var optionals: [String?] = ["x", nil]
    }

    static func foundation<T: Encodable>(_ value: T) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return Array(try encoder.encode(value))
    }

    @Test func everyShapeMatchesFoundation() throws {
        let ours = try CanonicalJSONEncoder.encode(Shapes())
        #expect(String(decoding: ours, as: UTF8.self) == String(decoding: try Self.foundation(Shapes()), as: UTF8.self))
    }

    @Test func topLevelScalarsAndArraysMatchFoundation() throws {
        #expect(try CanonicalJSONEncoder.encode("tab\there") == Self.foundation("tab\there"))
        #expect(try CanonicalJSONEncoder.encode([1, 2, 3]) == Self.foundation([1, 2, 3]))
        #expect(try CanonicalJSONEncoder.encode([[String]]()) == Self.foundation([[String]]()))
    }

    @Test func theSampleModelMatchesFoundation() throws {
        let policy = SampleModel.policy
        #expect(try CanonicalJSONEncoder.encode(policy) == Self.foundation(policy))
    }

    @Test func floatingPointIsRefused() {
        #expect(throws: EncodingError.self) { try CanonicalJSONEncoder.encode(["ratio": 1.5]) }
    }
}
