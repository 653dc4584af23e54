/// A place in a source file, 1-based: where a DSL declaration or a JSON value was written.
public struct SourceLocation: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The file: a `#fileID` (`Policies/CarmenImmobilier.swift`) or a path.
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int = 1) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }
}

/// Where each part of a policy was written, by JSON pointer.
///
/// The DSL records a location for each declaration; the JSON reader records one for each value.
/// A finding at `/purposes/2/legitimateInterest` resolves to the nearest recorded ancestor.
public struct SourceMap: Hashable, Sendable {
    public private(set) var locations: [JSONPointer: SourceLocation]

    public init(_ locations: [JSONPointer: SourceLocation] = [:]) { self.locations = locations }

    public mutating func record(_ location: SourceLocation, at pointer: JSONPointer) {
        locations[pointer] = location
    }

    /// The location of `pointer`, or of its nearest ancestor that has one.
    public func location(of pointer: JSONPointer) -> SourceLocation? {
        var current: JSONPointer? = pointer
        while let p = current {
            if let found = locations[p] { return found }
            current = p.parent
        }
        return nil
    }
}
