extension String {
    /// The text made safe for HTML content and attribute values: `& < > " '` become entities.
    var escapedForHTML: String {
        var result = ""
        result.reserveCapacity(utf8.count)
        for char in neutralisingControls {
            switch char {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(char)
            }
        }
        return result
    }
}
