/// The formats a statement is written in.
public enum DocumentFormat: String, Sendable, CaseIterable {
    /// A standalone HTML5 page, or a fragment for a CMS.
    case html
    /// CommonMark with GFM tables, optionally with YAML front matter.
    case markdown

    /// The file name extension: `html`, `md`.
    public var fileExtension: String {
        switch self {
        case .html: "html"
        case .markdown: "md"
        }
    }
}
