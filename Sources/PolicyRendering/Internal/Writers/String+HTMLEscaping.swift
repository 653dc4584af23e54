extension String {
    /// The text made safe for HTML content and attribute values: `& < > " '` become entities.
    var escapedForHTML: String {
        neutralisingControls.replacingASCII { byte in
            switch byte {
            case UInt8(ascii: "&"): Array("&amp;".utf8)
            case UInt8(ascii: "<"): Array("&lt;".utf8)
            case UInt8(ascii: ">"): Array("&gt;".utf8)
            case UInt8(ascii: "\""): Array("&quot;".utf8)
            case UInt8(ascii: "'"): Array("&#39;".utf8)
            default: nil
            }
        }
    }
}
