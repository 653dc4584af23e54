@testable import PolicyRendering
import PolicyModel
import Testing

/// A link's shown text read on bytes (``Composer/displayText(_:)``) reads as the model's
/// ``WebAddress/displayText``, which goes by characters.
@Suite struct DisplayTextTests {
    static let schemes = ["https://", "HTTPS://", "Http://", "mailto:", "MAILTO:", "tel:", "Tel:"]
    static let pieces = ["www.cnil.fr", "/", "fr", "/plaintes", "dpo@example.fr", "+33559000000", "é", "http://", "tel:",
                         "mailto:", "%20", "?q=1", "#top", "-", "a"]

    @Test func readsAsTheCharacterReading() {
        var random = FastPathTests.Generator(state: 14)
        var shortened = 0
        for _ in 0..<20_000 {
            var value = random.pick(Self.schemes)
            for _ in 0..<Int(1 + random.next() % 4) { value += random.pick(Self.pieces) }
            guard let address = WebAddress(value) else { continue }
            let shown = Composer.displayText(address)
            #expect(shown == address.displayText, "\(value.debugDescription)")
            #expect(shown.utf8.elementsEqual(address.displayText.utf8), "\(value.debugDescription)")
            if shown.utf8.count < value.utf8.count { shortened += 1 }
        }
        #expect(shortened > 5_000)
    }
}
