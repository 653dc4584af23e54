extension String {
    /// The text made safe for HTML content and attribute values: `& < > " '` become entities.
    var escapedForHTML: String {
        var output = UTF8Output(capacity: utf8.count + 16)
        output.append(self, escapedFor: .html)
        return output.string
    }
}
