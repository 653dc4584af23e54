import Foundation
import PolicyModel
import Testing

/// A tracker's provider in JSON: optional, since a statement may not say who sets a tracker; left out, it is
/// read as not given and written back left out.
@Suite struct CookieProviderJSONTests {
    @Test func aProviderLeftOutIsNotGiven() throws {
        var policy = try SchemaFixtures.richPolicy()
        let given = String(decoding: PolicyJSON.encode(policy), as: UTF8.self)
        #expect(given.contains("\"provider\" : "))
        policy.cookies[0].provider = nil
        let text = String(decoding: PolicyJSON.encode(policy), as: UTF8.self)
        #expect(!text.contains("\"provider\" : "))
        let (read, _) = try PolicyJSON.decode(Data(text.utf8), file: "ok.json")
        #expect(read.cookies[0].provider == nil)
        #expect(read == policy)
    }

    @Test func aProviderThatIsNotAStringIsAnErrorAtItsPlace() throws {
        let text = String(decoding: PolicyJSON.encode(try SchemaFixtures.richPolicy()), as: UTF8.self)
        let broken = try #require(text.range(of: #""provider" : "[^"]*""#, options: .regularExpression))
        let bad = text.replacingCharacters(in: broken, with: "\"provider\" : 7")
        let error = try #require(decodeError(bad), "a number as provider was accepted")
        #expect(error.description.contains("/cookies/0/provider"), "\(error)")
    }
}
