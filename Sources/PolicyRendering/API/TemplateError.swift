/// A problem in the template files, with the file and 1-based line it is on.
///
/// Prints as `templates/fr/rights.txt:12: error: message`, the form editors and CI annotators read.
public struct TemplateError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var message: String

    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String { "\(file):\(line): error: \(message)" }
}
