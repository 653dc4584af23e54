import PolicyModel

/// Where a declaration was written, captured from `#fileID`, `#line` and `#column`.
public struct DeclarationSite: Sendable {
    public let location: SourceLocation

    public init(_ fileID: StaticString, _ line: UInt, _ column: UInt) {
        location = SourceLocation(file: "\(fileID)", line: Int(line), column: Int(column))
    }
}

/// A value the DSL could not accept (an ill-formed date or link), reported at its declaration.
struct DeclarationProblem: Sendable {
    var message: String
    var site: DeclarationSite
}
