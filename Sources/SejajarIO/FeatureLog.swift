import Foundation
import SejajarKit
import Synchronization

/// Appends the aligner's bead features to a file, for `benchmarks/calibration/fit.py`: a
/// development aid the program turns on when `SEJAJAR_FEATURES` names a file. Safe to call from
/// the aligner's worker threads; a file that cannot be opened is skipped, never in the way of an
/// alignment.
public struct FeatureLog: Sendable {
    /// The file appended to (created when missing).
    public let path: String
    private static let lock = Mutex(())

    /// A log appending to `path`.
    public init(path: String) {
        self.path = path
    }

    /// Appends `records` as JSON lines (`BeadFeatureWriter`).
    public func append(_ records: [BeadFeatureRecord]) {
        let lines = Data(BeadFeatureWriter().write(records).text.utf8)
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
