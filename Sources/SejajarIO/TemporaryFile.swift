import Foundation
import SejajarKit
#if canImport(Glibc)
import Glibc
#endif

/// A temporary file written in full beside the file it will replace, named `.NAME.PID.N.tmp`:
/// created new (`O_EXCL`, never through a link), with the old file's permissions, synced to disk,
/// and remembered by `SignalCleanup` until it is renamed into place or removed. Shared by
/// `OutputTransaction` (the commands' outputs) and `SessionFile` (the review editor's saves).
struct TemporaryFile {
    /// Where it is.
    var path: String
    /// Its `SignalCleanup` slot.
    var slot: Int?
    /// What it is on disk once written: the file a rename puts in place has this identity.
    var identity: FileIdentity

    /// Writes `contents` to a new temporary file beside `target` (which exists as a regular file
    /// or not at all); errors name `errorPath`, the path the user gave.
    static func write(_ contents: OutputTransaction.Contents, beside target: String, errorPath: String) throws(SejajarError) -> TemporaryFile {
        let (fd, path, slot) = try open(beside: target, errorPath: errorPath)
        var failure = contents.withBytes { OutputFile.writeAll($0, to: fd) }
        if failure == nil, fsync(fd) != 0, errno != EINVAL { failure = errno }
        var info = stat()
        if failure == nil, fstat(fd, &info) != 0 { failure = errno }
        if close(fd) != 0, failure == nil { failure = errno }
        if let failure {
            unlink(path)
            SignalCleanup.forget(slot)
            throw .io(path: errorPath, message: OutputFile.reason(failure))
        }
        return TemporaryFile(path: path, slot: slot, identity: FileIdentity(info))
    }

    /// Creates a new temporary file beside `target` (`O_EXCL`, never through a link) with the
    /// permissions of the regular file it will replace, remembered by `SignalCleanup`: its
    /// descriptor, path and slot. Errors name `errorPath`, the path the user gave.
    static func open(beside target: String, errorPath: String) throws(SejajarError) -> (fd: Int32, path: String, slot: Int?) {
        let path = name(for: target, suffix: "tmp")
        let slot = SignalCleanup.remember(path)
        var mode: mode_t = 0o666
        var old = stat()
        let replacing = lstat(target, &old) == 0 && old.st_mode & S_IFMT == S_IFREG
        if replacing { mode = old.st_mode & 0o7777 }
        let fd = Glibc.open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
        guard fd >= 0 else {
            let code = errno
            SignalCleanup.forget(slot)
            throw .io(path: errorPath, message: code == ENOENT ? "cannot write: the folder does not exist" : OutputFile.reason(code))
        }
        // The umask narrowed the mode given to open; the old file's permissions are kept as they were.
        if replacing { fchmod(fd, mode) }
        return (fd, path, slot)
    }

    /// Removes the file (an error on the way, or the work is abandoned).
    func discard() {
        unlink(path)
        SignalCleanup.forget(slot)
    }

    /// The file was renamed into place: nothing is left to remove.
    func placed() {
        SignalCleanup.forget(slot)
    }

    /// `.NAME.PID.N.SUFFIX` in the folder of `target`: N is random, so that two writers of one
    /// process never meet.
    static func name(for target: String, suffix: String) -> String {
        let url = URL(fileURLWithPath: target)
        let unique = UInt32.random(in: 0...UInt32.max)
        return url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(getpid()).\(unique).\(suffix)").path
    }

    /// The process that made `name`, when it is a temporary file of `target`'s name
    /// (`.NAME.PID.N.tmp` or `.NAME.PID.N.bak`); nil for any other name.
    static func owner(of name: String, target: String) -> pid_t? {
        let prefix = "." + URL(fileURLWithPath: target).lastPathComponent + "."
        guard name.hasPrefix(prefix) else { return nil }
        let rest = name.dropFirst(prefix.count).split(separator: ".", omittingEmptySubsequences: false)
        guard rest.count == 3, ["tmp", "bak"].contains(rest[2]), rest[1].allSatisfy(\.isASCII), UInt32(rest[1]) != nil,
              rest[0].allSatisfy({ $0.isASCII && $0.isNumber }), let pid = pid_t(rest[0]), pid > 0 else { return nil }
        return pid
    }

    /// Whether process `pid` runs (or cannot be told apart from one that does).
    static func isRunning(_ pid: pid_t) -> Bool {
        kill(pid, 0) == 0 || errno == EPERM
    }
}

/// What a file is on disk: its device, inode, size and modification time. A file replaced or
/// changed in place has another identity.
struct FileIdentity: Equatable, Sendable {
    var device: UInt64
    var inode: UInt64
    var size: Int64
    var seconds: Int
    var nanoseconds: Int

    init(_ info: stat) {
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        size = Int64(info.st_size)
        seconds = info.st_mtim.tv_sec
        nanoseconds = info.st_mtim.tv_nsec
    }
}
