import Foundation
import Synchronization

/// Appends bead features (`BeadFeatureRecord`) to a file as JSON lines, one per bead, for
/// `benchmarks/calibration/fit.py`. Safe to call from the aligner's worker threads.
public struct BeadFeatureWriter: Sendable {
    /// The file appended to (created when missing).
    public let path: String
    private static let lock = Mutex(())

    /// A writer appending to `path`.
    public init(path: String) {
        self.path = path
    }

    /// One JSON line per record.
    public func write(_ records: [BeadFeatureRecord]) -> String {
        records.map { record in
            let values = record.values.map { String(format: "%.4f", $0) }.joined(separator: ", ")
            return "{\"doc\": \"\(record.sourceDocument)\", \"targetDoc\": \"\(record.targetDocument)\", \"source\": \(record.source), "
                + "\"target\": \(record.target), \"kind\": \"\(record.kind)\", \"features\": [\(values)]}\n"
        }.joined()
    }

    /// Appends `records`; a file that cannot be opened is skipped (a development aid, never in
    /// the way of an alignment).
    public func append(_ records: [BeadFeatureRecord]) {
        let lines = Data(write(records).utf8)
        Self.lock.withLock { _ in
            guard let handle = FileHandle(forWritingAtPath: path) ?? {
                _ = FileManager.default.createFile(atPath: path, contents: nil)
                return FileHandle(forWritingAtPath: path)
            }() else { return }
            handle.seekToEndOfFile()
            handle.write(lines)
            handle.closeFile()
        }
    }
}
