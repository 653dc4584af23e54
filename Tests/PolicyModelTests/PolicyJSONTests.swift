import Foundation
import PolicyModel
import Testing

@Suite struct PolicyJSONTests {
    @Test func exportImportExportIsByteIdentical() throws {
        let first = PolicyJSON.encode(SampleModel.policy)
        let (decoded, _) = try PolicyJSON.decode(first, file: "sample.json")
        #expect(decoded == SampleModel.policy)
        #expect(PolicyJSON.encode(decoded) == first)
    }

    @Test func canonicalFormSortsKeysAndEndsWithANewline() throws {
        let text = String(decoding: PolicyJSON.encode(SampleModel.policy), as: UTF8.self)
        #expect(text.hasSuffix("}\n"))
        #expect(text.hasPrefix("{\n  \"automatedDecisions\""))
        #expect(text.contains("\"https://example.fr\""))
        #expect(text.contains("\"fr\" : \"Nom et prénom\""))
    }

    @Test func errorsNameTheFieldAndItsLine() throws {
        var text = String(decoding: PolicyJSON.encode(SampleModel.policy), as: UTF8.self)
        text = text.replacingOccurrences(of: "\"legalBasis\" : \"consent\"", with: "\"legalBasis\" : \"cosent\"")
        #expect {
            _ = try PolicyJSON.decode(Data(text.utf8), file: "bad.json")
        } throws: { error in
            guard let error = error as? InputError else { return false }
            return error.pointer?.description.hasPrefix("/purposes/") == true
                && error.pointer?.description.hasSuffix("/legalBasis") == true
                && error.location?.file == "bad.json" && (error.location?.line ?? 0) > 1
                && error.message.contains("cosent")
        }
    }

    @Test func refusesAnOversizedFile() {
        let data = Data(repeating: 0x20, count: PolicyJSON.maximumInputSize + 1)
        #expect(throws: InputError.self) { try PolicyJSON.decode(data, file: "big.json") }
    }

    @Test func refusesANonObject() {
        #expect(throws: InputError.self) { try PolicyJSON.decode(Data("[]".utf8), file: "a.json") }
    }

    @Test func encodingIsStableAcrossRuns() {
        let runs = (0..<5).map { _ in PolicyJSON.encode(SampleModel.policy) }
        #expect(Set(runs).count == 1)
    }
}
