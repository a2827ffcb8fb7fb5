import Foundation

/// Writes `MemoryStatistics` for people (a short table) or for scripts (JSON).
public struct MemoryStatisticsWriter: FormatWriter {
    /// Which form to write.
    public var format: ReportFormat

    /// Creates a writer.
    public init(format: ReportFormat = .text) {
        self.format = format
    }

    /// The figures, ending with a newline.
    public func write(_ statistics: MemoryStatistics) throws(SejajarError) -> FormatOutput {
        switch format {
        case .json:
            return FormatOutput(try JSONFormat.text(statistics))
        case .text:
            var lines = ["units: \(statistics.units)", "distinct segments: \(statistics.segments)"]
            for pair in statistics.languagePairs { lines.append("units \(pair.source) → \(pair.target): \(pair.units)") }
            lines.append("aligned: \(statistics.aligned), translated: \(statistics.translated), reviewed: \(statistics.reviewed)")
            if let oldest = statistics.oldest, let newest = statistics.newest { lines.append("dates: \(oldest) to \(newest)") }
            for file in statistics.files {
                lines.append("file \(file.path): added \(file.added), \(file.unitsAdded) units added, \(file.unitsKept) kept")
            }
            lines.append(String(format: "size: %.1f MB", Double(statistics.bytes) / 1_048_576))
            lines.append("schema: \(statistics.schema) (SQLite \(statistics.sqlite))")
            return FormatOutput(lines.joined(separator: "\n") + "\n")
        }
    }
}
