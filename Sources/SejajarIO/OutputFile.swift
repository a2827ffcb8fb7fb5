import Foundation
import SejajarKit
#if canImport(Glibc)
import Glibc
#endif

/// Writes output files all at once or not at all: to a temporary file in the target's folder,
/// then renamed over it, so a failure never leaves half a file behind and never replaces the old
/// one. `-` is standard output. A symbolic link is written through (the file it points to is
/// replaced, the link stays) unless someone else planted it in a shared folder; a device or FIFO
/// (`/dev/null`, `/dev/stdout`) is streamed to; a directory, a read-only file and a FIFO no
/// process reads are refused. A temporary file is removed on any error and, with
/// `SignalCleanup`, on Ctrl-C.
public enum OutputFile {
    /// Writes `contents` to `path` atomically (`-`: standard output).
    public static func write(_ contents: String, to path: String) throws(SejajarError) {
        var transaction = OutputTransaction()
        transaction.add(contents, to: path)
        try transaction.commit()
    }

    /// Writes `data` to `path` atomically (`-`: standard output).
    public static func write(_ data: Data, to path: String) throws(SejajarError) {
        var transaction = OutputTransaction()
        transaction.add(data, to: path)
        try transaction.commit()
    }

    /// Writes `text` atomically to the file at `path`, or to standard output when `path` is nil
    /// or `-`.
    public static func emit(_ text: String, to path: String?) throws(SejajarError) {
        try write(text, to: path ?? "-")
    }

    /// Where writing to `path` really goes.
    enum Target: Equatable {
        /// A regular file (existing or not) replaced by renaming a temporary file over it.
        case file(String)
        /// A device, FIFO or socket, written to directly.
        case stream(String)
        /// Standard output.
        case standardOutput
    }

    /// Follows symbolic links (up to 40) to the file they name, and refuses what must not be
    /// written: a directory, a read-only file, a link someone else planted in a shared folder.
    static func target(of path: String) throws(SejajarError) -> Target {
        if path == "-" { return .standardOutput }
        var current = path
        for _ in 0..<40 {
            var info = stat()
            if lstat(current, &info) != 0 {
                guard errno == ENOENT else { throw .io(path: path, message: reason(errno)) }
                return .file(current)
            }
            switch info.st_mode & S_IFMT {
            case S_IFLNK:
                if plantedLink(current, owner: info.st_uid) {
                    throw .io(path: path, message: "cannot write: \(current == path ? "this" : current) is a symbolic link someone else made in a folder all may write to (sticky, like /tmp): not followed")
                }
                var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
                let length = readlink(current, &buffer, buffer.count - 1)
                guard length >= 0 else { throw .io(path: path, message: "cannot follow the link: \(String(cString: strerror(errno)))") }
                let destination = String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
                current = destination.hasPrefix("/") ? destination
                    : URL(fileURLWithPath: current).deletingLastPathComponent().appendingPathComponent(destination).path
            case S_IFDIR:
                throw .io(path: path, message: "cannot write: is a directory")
            case S_IFREG:
                if isReadOnly(current, info) { throw .io(path: path, message: readOnly) }
                return .file(current)
            default:
                return .stream(current)
            }
        }
        throw .io(path: path, message: "cannot write: too many levels of symbolic links")
    }

    /// The refusal of a file nobody may write to.
    static let readOnly = "cannot write: the file is read-only (it is not replaced: make it writable first, or write elsewhere)"

    /// Whether the regular file at `path` may not be replaced: no write permission for anyone,
    /// or none for this process (a read-only file system too). Root obeys the mode as well: a
    /// file made read-only is kept.
    static func isReadOnly(_ path: String, _ info: stat) -> Bool {
        info.st_mode & 0o222 == 0 || access(path, W_OK) != 0
    }

    /// Whether the link at `path` is one the kernel's `protected_symlinks` would not follow: in
    /// a sticky folder all may write to, owned neither by this process's user nor by the
    /// folder's owner (another user of /tmp planting `out.tmx -> ~/.bashrc`).
    static func plantedLink(_ path: String, owner: uid_t) -> Bool {
        var folder = stat()
        guard stat(URL(fileURLWithPath: path).deletingLastPathComponent().path, &folder) == 0 else { return false }
        let shared = folder.st_mode & 0o1000 != 0 && folder.st_mode & 0o002 != 0
        return shared && owner != geteuid() && owner != folder.st_uid
    }

    /// Opens a device, FIFO or socket for writing without waiting for a reader (a FIFO nobody
    /// reads is an error, not a hang), refuses it if it turned into a file or folder since it was
    /// looked at, and makes it blocking again for the writes. Errors name `path`.
    static func openStream(_ device: String, path: String) throws(SejajarError) -> Int32 {
        let fd = open(device, O_WRONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
        guard fd >= 0 else {
            throw .io(path: path, message: errno == ENXIO ? "cannot write: no process reads from this FIFO" : reason(errno))
        }
        var info = stat()
        guard fstat(fd, &info) == 0, ![S_IFREG, S_IFDIR].contains(info.st_mode & S_IFMT) else {
            close(fd)
            throw .io(path: path, message: "cannot write: it changed from a device to a file while being written: not written")
        }
        let flags = fcntl(fd, F_GETFL)
        if flags >= 0 { _ = fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) }
        return fd
    }

    /// Writes all of `buffer` to the open descriptor `fd`; the error number on failure.
    static func writeAll(_ buffer: UnsafeRawBufferPointer, to fd: Int32) -> Int32? {
        var done = 0
        while done < buffer.count {
            let written = Glibc.write(fd, buffer.baseAddress! + done, buffer.count - done)
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            done += written
        }
        return nil
    }

    static func reason(_ code: Int32) -> String { "cannot write: \(String(cString: strerror(code)))" }
}
