/// The exit codes of `policyc`: a small vocabulary CI scripts rely on.
public enum ExitCode: Int32, Sendable {
    /// Success; for `lint`, no failing finding.
    case success = 0
    /// Lint errors (warnings too under `--strict`).
    case lintFailure = 1
    /// Bad usage or bad input; a message on standard error says what and where.
    case badInput = 2
}
