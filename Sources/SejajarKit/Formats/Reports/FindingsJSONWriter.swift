/// Writes findings as JSON for scripts: `{"findings": [{"code", "severity", "bead", "concept",
/// "message", "path", "line", "column", "source": {"start", "end", "text"}, "target": {…}}],
/// "summary": {code: count}}`, absent fields written as null.
public struct FindingsJSONWriter: FormatWriter {
    /// Creates a writer.
    public init() {}

    private struct Report: Encodable {
        var findings: [Finding]
        var summary: [String: Int]
    }

    /// The report's JSON text.
    public func write(_ findings: [Finding]) throws(SejajarError) -> FormatOutput {
        let summary = Dictionary(grouping: findings, by: \.code.rawValue).mapValues(\.count)
        return FormatOutput(try JSONFormat.text(Report(findings: findings, summary: summary), explicitNulls: true))
    }
}
