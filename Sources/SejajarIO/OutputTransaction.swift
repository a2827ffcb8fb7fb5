import Foundation
import SejajarKit
#if canImport(Glibc)
import Glibc
#endif

/// Several output files written all or nothing (the two files of a Moses corpus, the files of a
/// batch): every file is first written in full to a temporary file beside its target; only when
/// all are written are they renamed into place, and if a rename fails the targets already
/// replaced get their old contents back. Temporary files never outlive the transaction.
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

    /// Adds a file to write.
    public mutating func add(_ contents: String, to path: String) {
        files.append((.text(contents), path))
    }

    /// Adds a file to write.
    public mutating func add(_ data: Data, to path: String) {
        files.append((.bytes(data), path))
    }

    private struct Staged {
        var path: String
        var target: String
        var temporary: String
        var slot: Int?
        var backup: String?
        var backupSlot: Int?
    }

    /// Writes every file, or none.
    public func commit() throws(SejajarError) {
        var staged: [Staged] = []
        func discard() {
            for file in staged {
                unlink(file.temporary)
                SignalCleanup.forget(file.slot)
                if let backup = file.backup { unlink(backup); SignalCleanup.forget(file.backupSlot) }
            }
        }
        // Streams (devices, FIFOs) cannot be staged: they are written after every file is ready.
        var streams: [(data: Contents, path: String, target: String)] = []
        for (data, path) in files {
            let target: OutputFile.Target
            do { target = try OutputFile.target(of: path) } catch { discard(); throw error }
            switch target {
            case .stream(let device):
                streams.append((data, path, device))
            case .file(let file):
                do {
                    staged.append(try stage(data, path: path, target: file))
                } catch {
                    discard()
                    throw error
                }
            }
        }
        // Fault injection for the tests: a pause with the temporary files written, so that a
        // signal can arrive in the last moments.
        if let pause = ProcessInfo.processInfo.environment["SEJAJAR_TEST_PAUSE_BEFORE_RENAME"].flatMap(Double.init), pause > 0 {
            usleep(UInt32(min(pause, 60) * 1_000_000))
        }
        // Keep the old contents of every target until all renames are done.
        for k in staged.indices {
            let backup = Self.temporaryName(for: staged[k].target, suffix: "bak")
            staged[k].backupSlot = SignalCleanup.remember(backup)
            if link(staged[k].target, backup) == 0 {
                staged[k].backup = backup
            } else {
                SignalCleanup.forget(staged[k].backupSlot)
                staged[k].backupSlot = nil
            }
        }
        for k in staged.indices where rename(staged[k].temporary, staged[k].target) != 0 {
            let code = errno
            // Put back what was already replaced; a target that did not exist goes again.
            for done in staged[..<k] {
                if let backup = done.backup { rename(backup, done.target) } else { unlink(done.target) }
            }
            discard()
            throw .io(path: staged[k].path, message: OutputFile.reason(code))
        }
        for file in staged {
            SignalCleanup.forget(file.slot)
            if let backup = file.backup { unlink(backup); SignalCleanup.forget(file.backupSlot) }
        }
        for stream in streams {
            let fd = open(stream.target, O_WRONLY | O_NONBLOCK | O_CLOEXEC)
            guard fd >= 0 else {
                let message = errno == ENXIO ? "cannot write: no process reads from this FIFO" : OutputFile.reason(errno)
                throw .io(path: stream.path, message: message)
            }
            defer { close(fd) }
            let flags = fcntl(fd, F_GETFL)
            if flags >= 0 { _ = fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) }
            if let code = stream.data.withBytes({ OutputFile.writeAll($0, to: fd) }) { throw .io(path: stream.path, message: OutputFile.reason(code)) }
        }
    }

    /// `.NAME.PID.N.SUFFIX` in the folder of `target`.
    private static func temporaryName(for target: String, suffix: String) -> String {
        let url = URL(fileURLWithPath: target)
        let unique = UInt32.random(in: 0...UInt32.max)
        return url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(getpid()).\(unique).\(suffix)").path
    }

    /// Writes `data` to a fresh temporary file beside `target`, with the old file's permissions.
    private func stage(_ data: Contents, path: String, target: String) throws(SejajarError) -> Staged {
        let temporary = Self.temporaryName(for: target, suffix: "tmp")
        let slot = SignalCleanup.remember(temporary)
        var mode: mode_t = 0o666
        var info = stat()
        if stat(target, &info) == 0 { mode = info.st_mode & 0o7777 }
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard fd >= 0 else {
            let code = errno
            SignalCleanup.forget(slot)
            throw .io(path: path, message: code == ENOENT ? "cannot write: the folder does not exist" : OutputFile.reason(code))
        }
        if info.st_mode != 0 { fchmod(fd, mode) }
        var failure = data.withBytes { OutputFile.writeAll($0, to: fd) }
        if failure == nil, fsync(fd) != 0, errno != EINVAL { failure = errno }
        if close(fd) != 0, failure == nil { failure = errno }
        if let failure {
            unlink(temporary)
            SignalCleanup.forget(slot)
            throw .io(path: path, message: OutputFile.reason(failure))
        }
        return Staged(path: path, target: target, temporary: temporary, slot: slot)
    }
}
