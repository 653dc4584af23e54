/// The output formats of `policyc lint`.
///
/// - `text`: `file:line:col: error: message [RULE-ID]`, the form editors and CI annotators parse.
/// - `json`: a stable document described on ``LintReport``.
/// - `sarif`: SARIF 2.1.0, for code-scanning dashboards.
/// - `github`: GitHub Actions workflow commands (`::error file=…::message`).
public enum LintFormat: String, Sendable, CaseIterable {
    case text, json, sarif, github
}
