import Foundation
import PolicyModel

/// The error `PolicyJSON.decode` reports for `text`, read as a file named `bad.json`; `nil` when it decodes.
func decodeError(_ text: String) -> InputError? {
    do {
        _ = try PolicyJSON.decode(Data(text.utf8), file: "bad.json")
        return nil
    } catch {
        return error
    }
}
