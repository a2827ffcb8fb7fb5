import Foundation

/// Writes bead features (`BeadFeatureRecord`) as JSON lines, one per bead, for
/// `benchmarks/calibration/fit.py` (the program appends them to the file `SEJAJAR_FEATURES` names).
public struct BeadFeatureWriter: FormatWriter {
    /// Creates a writer.
    public init() {}

    /// One JSON line per record.
    public func write(_ records: [BeadFeatureRecord]) -> FormatOutput {
        FormatOutput(records.map { record in
            let values = record.values.map { String(format: "%.4f", $0) }.joined(separator: ", ")
            return "{\"doc\": \"\(record.sourceDocument)\", \"targetDoc\": \"\(record.targetDocument)\", \"source\": \(record.source), "
                + "\"target\": \(record.target), \"kind\": \"\(record.kind)\", \"features\": [\(values)]}\n"
        }.joined())
    }
}
