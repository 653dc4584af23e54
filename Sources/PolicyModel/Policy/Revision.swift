/// One published version of the statement.
public struct Revision: Hashable, Sendable, Codable {
    public var version: String
    public var date: CalendarDate
    public var summary: Localized

    public init(version: String, date: CalendarDate, summary: Localized) {
        self.version = version
        self.date = date
        self.summary = summary
    }
}
