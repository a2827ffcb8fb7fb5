/// Writes a corpus report (`CorpusReport`) as JSON for `CorpusReportReader` and scripts:
/// `{"format": "sejajar-corpus-report", "version": 1, "pairs": [{"index", "source", "target",
/// "verdict", "score", "pairs", "moved", "unpaired", "findings": [...]}]}`, keys sorted.
public struct CorpusReportWriter: FormatWriter {
    /// Creates a writer.
    public init() {}

    struct File: Codable {
        var format: String
        var version: Int
        var pairs: [CorpusReport.Entry]
    }

    /// The report's JSON text.
    public func write(_ report: CorpusReport) throws(SejajarError) -> FormatOutput {
        FormatOutput(try JSONFormat.text(File(format: "sejajar-corpus-report", version: 1, pairs: report.entries)))
    }
}
