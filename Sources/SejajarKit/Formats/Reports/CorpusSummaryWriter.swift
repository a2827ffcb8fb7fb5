import Foundation

/// Writes a corpus's summary as text: pairs by verdict, sentence pairs and unpaired sentences,
/// findings by code, the mean score. The same report always gives the same bytes.
public struct CorpusSummaryWriter: FormatWriter {
    /// Creates a writer.
    public init() {}

    /// The summary's text.
    public func write(_ report: CorpusReport) -> FormatOutput {
        let entries = report.entries
        var out = "corpus: \(entries.count) document pairs\n"
        for verdict in Verdict.allCases {
            out += "  \(verdict.rawValue): \(entries.filter { $0.verdict == verdict }.count)\n"
        }
        let pairs = entries.reduce(0) { $0 + $1.pairs }, moved = entries.reduce(0) { $0 + $1.moved }
        let unpaired = entries.reduce(0) { $0 + $1.unpaired }
        out += "sentence pairs: \(pairs) (\(moved) moved), unpaired: \(unpaired)\n"
        let mean = entries.isEmpty ? 0 : entries.reduce(0) { $0 + $1.score } / Double(entries.count)
        out += "mean score: \(String(format: "%.3f", mean))\n"
        let findings = report.findings
        out += "findings: \(findings.count)\n"
        for (code, count) in Dictionary(grouping: findings, by: \.code.rawValue).mapValues(\.count).sorted(by: { $0.key < $1.key }) {
            out += "  \(code): \(count)\n"
        }
        return FormatOutput(out)
    }
}
