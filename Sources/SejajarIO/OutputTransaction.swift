import Foundation
import SejajarKit
#if canImport(Glibc)
import Glibc
#endif

/// Several output files written all or nothing (the two files of a Moses corpus, the files of a
/// batch): every file is first written in full to a temporary file beside its target; only when
/// all are written are they renamed into place, and if a rename fails the targets already
/// replaced get their old contents back. Temporary files never outlive the transaction. `-` is
/// standard output, written, like devices and FIFOs, once every file is in place.
public struct OutputTransaction {
    /// The contents are kept as given: a large text is written from its own UTF-8, not copied.
    private var files: [(contents: Contents, path: String)] = []

    enum Contents {
        case text(String)
        case bytes(Data)

        /// Calls `body` with the bytes, without copying where the storage allows.
        func withBytes<R>(_ body: (UnsafeRawBufferPointer) -> R) -> R {
            switch self {
            case .bytes(let data):
                return data.withUnsafeBytes(body)
            case .text(var text):
                text.makeContiguousUTF8()
                return text.utf8.withContiguousStorageIfAvailable { body(UnsafeRawBufferPointer($0)) }!
            }
        }
    }

    /// An empty transaction.
    public init() {}

    /// Adds a file to write (`-`: standard output).
    public mutating func add(_ contents: String, to path: String) {
        files.append((.text(contents), path))
    }

    /// Adds a file to write (`-`: standard output).
    public mutating func add(_ data: Data, to path: String) {
        files.append((.bytes(data), path))
    }

    private struct Staged {
        var path: String
        var target: String
        var temporary: TemporaryFile
        var backup: String?
        var backupSlot: Int?
    }

    /// Writes every file, or none.
    public func commit() throws(SejajarError) {
        var staged: [Staged] = []
        func discard() {
            for file in staged {
                file.temporary.discard()
                if let backup = file.backup { unlink(backup); SignalCleanup.forget(file.backupSlot) }
            }
        }
        // Streams (standard output, devices, FIFOs) cannot be staged: they are written after
        // every file is in place.
        var streams: [(data: Contents, path: String, target: OutputFile.Target)] = []
        for (data, path) in files {
            let target: OutputFile.Target
            do { target = try OutputFile.target(of: path) } catch { discard(); throw error }
            switch target {
            case .standardOutput, .stream:
                streams.append((data, path, target))
            case .file(let file):
                do {
                    staged.append(Staged(path: path, target: file, temporary: try TemporaryFile.write(data, beside: file, errorPath: path)))
                } catch {
                    discard()
                    throw error
                }
            }
        }
        // Fault injection for the tests: a pause with the temporary files written, so that a
        // signal can arrive in the last moments.
        if !staged.isEmpty, let pause = ProcessInfo.processInfo.environment["SEJAJAR_TEST_PAUSE_BEFORE_RENAME"].flatMap(Double.init), pause > 0 {
            usleep(UInt32(min(pause, 60) * 1_000_000))
        }
        // Keep the old contents of every target until all renames are done.
        for k in staged.indices {
            let backup = TemporaryFile.name(for: staged[k].target, suffix: "bak")
            staged[k].backupSlot = SignalCleanup.remember(backup)
            if link(staged[k].target, backup) == 0 {
                staged[k].backup = backup
            } else {
                SignalCleanup.forget(staged[k].backupSlot)
                staged[k].backupSlot = nil
            }
        }
        // A rename replaces the name, never writes through what stands there: a link put in
        // place since the check is replaced, not followed.
        for k in staged.indices where rename(staged[k].temporary.path, staged[k].target) != 0 {
            let code = errno
            // Put back what was already replaced; a target that did not exist goes again.
            for done in staged[..<k] {
                if let backup = done.backup { rename(backup, done.target) } else { unlink(done.target) }
            }
            discard()
            throw .io(path: staged[k].path, message: OutputFile.reason(code))
        }
        for file in staged {
            file.temporary.placed()
            if let backup = file.backup { unlink(backup); SignalCleanup.forget(file.backupSlot) }
        }
        for stream in streams {
            switch stream.target {
            case .standardOutput:
                if let code = stream.data.withBytes({ OutputFile.writeAll($0, to: 1) }) {
                    throw .io(path: "<standard output>", message: OutputFile.reason(code))
                }
            case .stream(let device):
                try Self.stream(stream.data, to: device, path: stream.path)
            case .file:
                break
            }
        }
    }

    /// Writes to a device, FIFO or socket (`OutputFile.openStream`).
    private static func stream(_ data: Contents, to device: String, path: String) throws(SejajarError) {
        let fd = try OutputFile.openStream(device, path: path)
        defer { close(fd) }
        if let code = data.withBytes({ OutputFile.writeAll($0, to: fd) }) { throw .io(path: path, message: OutputFile.reason(code)) }
    }
}
