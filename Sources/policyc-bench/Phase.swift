/// The steps the benchmark times apart, in the order one policy goes through them.
enum Phase: String, CaseIterable {
    /// Building the policy in memory: not part of the compiler's cost, excluded from totals.
    case generate
    case lint
    /// Building the statement (outline) of a language from the model and templates, shared by both formats.
    case outlineFrench = "outline fr"
    case outlineEnglish = "outline en"
    case htmlFrench = "html fr"
    case htmlEnglish = "html en"
    case markdownFrench = "markdown fr"
    case markdownEnglish = "markdown en"
    /// Handing the four statements to the sink (`/dev/null` or files).
    case write
    /// Freeing both languages' outlines once their documents are written: a service pays it for
    /// every statement, so it counts.
    case release = "free outlines"
    /// `--dump-markdown`: copies for cmark and pandoc; excluded from totals.
    case dump

    /// Whether the phase is part of what the compiler costs.
    var counts: Bool { self != .generate && self != .dump }

    var isHTML: Bool { self == .htmlFrench || self == .htmlEnglish }

    /// What producing the HTML costs from the model: lint, both outlines (built and freed) and both HTML writes.
    static let htmlFromModel: [Phase] = [.lint, .outlineFrench, .outlineEnglish, .htmlFrench, .htmlEnglish, .release]
}
