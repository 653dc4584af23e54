import PolicyModel
import Testing

@Suite struct StrictJSONParserTests {
    func parse(_ text: String) throws(InputError) -> (JSONValue, SourceMap) {
        var parser = StrictJSONParser(bytes: Array(text.utf8), file: "p.json")
        return try parser.parse()
    }

    func error(_ text: String) -> String? {
        do {
            _ = try parse(text)
            return nil
        } catch {
            return error.description
        }
    }

    @Test func parsesValuesAndRecordsTheirPositions() throws {
        let (value, map) = try parse("{\n  \"a\": [1, true, null],\n  \"é\": {\"b\": \"x\\u00e9\\ud83d\\ude00\"}\n}")
        #expect(value["a"] == .array([.number("1"), .bool(true), .null]))
        #expect(value["é"]?["b"] == .string("xé😀"))
        #expect(map.location(of: "/a/1") == SourceLocation(file: "p.json", line: 2, column: 12))
        #expect(map.location(of: "/é/b") == SourceLocation(file: "p.json", line: 3, column: 14))
    }

    @Test(arguments: [
        ("{\"a\": 1,}", "p.json:1:9: error: trailing comma before '}'"),
        ("[1, 2,]", "p.json:1:7: error: trailing comma before ']'"),
        ("{\"a\": 1, \"a\": 2}", "p.json:1:10: error: duplicate member 'a' (at /a)"),
        ("{\"a\": 01}", "p.json:1:7: error: malformed number"),
        ("{\"a\": 'x'}", "p.json:1:7: error: unexpected character ''': a value was expected"),
        ("{\"a\": \"x}", "p.json:1:10: error: unterminated string"),
        ("{\"a\": \"\\ud800\"}", "p.json:1:14: error: lone surrogate \\ud800"),
        ("{\"a\": 1} x", "p.json:1:10: error: unexpected content after the JSON document"),
        ("", "p.json:1:1: error: unexpected end of input: a value was expected"),
        ("{\"a\": tru}", "p.json:1:7: error: unexpected character 't': a value was expected"),
        ("{\n\"a\" 1}", "p.json:2:5: error: ':' was expected after 'a'"),
        ("{\"a\": \"tab\there\"}", "p.json:1:11: error: control character in a string: write it as an escape"),
    ])
    func refusesWhatFoundationAccepts(input: String, message: String) {
        #expect(error(input) == message)
    }

    @Test func refusesDeepNesting() {
        let deep = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        #expect(error(deep)?.contains("nesting deeper than 64 levels") == true)
    }

    @Test func refusesInvalidUTF8() {
        var parser = StrictJSONParser(bytes: [0x22, 0xC3, 0x28, 0x22], file: "p.json")
        #expect(throws: InputError.self) { try parser.parse() }
    }
}
