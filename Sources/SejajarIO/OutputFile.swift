import Foundation
import SejajarKit
#if canImport(Glibc)
import Glibc
#endif

/// Writes output files all at once or not at all: to a temporary file in the target's folder,
/// then renamed over it, so a failure never leaves half a file behind and never replaces the old
/// one. A symbolic link is written through (the file it points to is replaced, the link stays);
/// a device or FIFO (`/dev/null`, `/dev/stdout`) and `-` are streamed to; a temporary file is
/// removed on any error and, with `SignalCleanup`, on Ctrl-C.
public enum OutputFile {
    /// Writes `contents` to `path` atomically.
    public static func write(_ contents: String, to path: String) throws(SejajarError) {
        var transaction = OutputTransaction()
        transaction.add(contents, to: path)
        try transaction.commit()
    }

    /// Writes `data` to `path` atomically.
    public static func write(_ data: Data, to path: String) throws(SejajarError) {
        var transaction = OutputTransaction()
        transaction.add(data, to: path)
        try transaction.commit()
    }

    /// Writes `text` atomically to the file at `path`, or to standard output when `path` is nil
    /// or `-`.
    public static func emit(_ text: String, to path: String?) throws(SejajarError) {
        if let path, path != "-" {
            try write(text, to: path)
        } else {
            try StandardStream.output.write(text)
        }
    }

    /// Where writing to `path` really goes.
    enum Target {
        /// A regular file (existing or not) replaced by renaming a temporary file over it.
        case file(String)
        /// A device, FIFO or socket, written to directly.
        case stream(String)
    }

    /// Follows symbolic links (up to 40) to the file they name.
    static func target(of path: String) throws(SejajarError) -> Target {
        var current = path
        for _ in 0..<40 {
            var info = stat()
            if lstat(current, &info) != 0 {
                guard errno == ENOENT else { throw .io(path: path, message: "cannot write: \(String(cString: strerror(errno)))") }
                return .file(current)
            }
            switch info.st_mode & S_IFMT {
            case S_IFLNK:
                var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
                let length = readlink(current, &buffer, buffer.count - 1)
                guard length >= 0 else { throw .io(path: path, message: "cannot follow the link: \(String(cString: strerror(errno)))") }
                let destination = String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
                current = destination.hasPrefix("/") ? destination
                    : URL(fileURLWithPath: current).deletingLastPathComponent().appendingPathComponent(destination).path
            case S_IFDIR:
                throw .io(path: path, message: "cannot write: is a directory")
            case S_IFREG:
                return .file(current)
            default:
                return .stream(current)
            }
        }
        throw .io(path: path, message: "cannot write: too many levels of symbolic links")
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
