/// The two forms of a summary writer: for people or for scripts.
public enum ReportFormat: Sendable, Hashable {
    /// Plain lines for people.
    case text
    /// JSON for scripts (`JSONFormat`).
    case json
}
