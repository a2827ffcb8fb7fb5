/// Writes `TMXStatistics` for people (a short table) or for scripts (JSON).
public struct TMXStatisticsWriter: FormatWriter {
    /// Which form to write.
    public var format: ReportFormat

    /// Creates a writer.
    public init(format: ReportFormat = .text) {
        self.format = format
    }

    /// The figures, ending with a newline.
    public func write(_ statistics: TMXStatistics) throws(SejajarError) -> FormatOutput {
        switch format {
        case .json:
            return FormatOutput(try JSONFormat.text(statistics))
        case .text:
            var lines = ["units: \(statistics.units)", "source language: \(statistics.sourceLanguage)"]
            for (language, count) in statistics.languages.sorted(by: { $0.key < $1.key }) { lines.append("segments in \(language): \(count)") }
            lines.append("duplicate units: \(statistics.duplicates)")
            lines.append("empty segments: \(statistics.emptySegments)")
            lines.append("units with fewer than two languages: \(statistics.incompleteUnits)")
            return FormatOutput(lines.joined(separator: "\n") + "\n")
        }
    }
}
