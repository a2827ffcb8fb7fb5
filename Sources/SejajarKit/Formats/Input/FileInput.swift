import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Opens and reads input files with one-line errors naming the file, and without the traps of
/// special files: a directory is an error, a FIFO nobody writes to reads as empty instead of
/// blocking for ever, and a file that never ends (`/dev/zero`) stops at `Limits.inputBytes`.
enum FileInput {
    /// An open file descriptor for reading, closed when the value is released.
    final class Descriptor {
        let fd: Int32
        init(fd: Int32) { self.fd = fd }
        deinit { close(fd) }
    }

    /// Opens `path` for reading.
    static func open(path: String) throws(SejajarError) -> Descriptor {
        var info = stat()
        guard stat(path, &info) == 0 else { throw .io(path: path, message: describe(errno, missing: "no such file")) }
        let kind = info.st_mode & S_IFMT
        if kind == S_IFDIR { throw .io(path: path, message: "is a directory") }
        // O_NONBLOCK so that opening a FIFO without a writer does not wait; reads then block
        // normally (a FIFO without a writer reads as empty).
        let fd = Glibc.open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw .io(path: path, message: describe(errno, missing: "no such file")) }
        let flags = fcntl(fd, F_GETFL)
        if flags >= 0 { _ = fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) }
        return Descriptor(fd: fd)
    }

    /// The bytes of the file at `path`, at most `limit` of them.
    static func data(path: String, limit: Int = Limits().inputBytes) throws(SejajarError) -> Data {
        let file = try open(path: path)
        var data = Data()
        var info = stat()
        if fstat(file.fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG {
            guard Int(info.st_size) <= limit else { throw tooLarge(path, limit) }
            data.reserveCapacity(Int(info.st_size))
        }
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(file.fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .io(path: path, message: describe(errno, missing: "no such file"))
            }
            if count == 0 { break }
            guard data.count + count <= limit else { throw tooLarge(path, limit) }
            data.append(contentsOf: buffer[0..<count])
        }
        return data
    }

    private static func tooLarge(_ path: String, _ limit: Int) -> SejajarError {
        .io(path: path, message: "larger than the \(limit >> 20) MiB input limit (raise it with SEJAJAR_MAX_INPUT_BYTES)")
    }

    /// The system's message for `code`, with Sejajar's wording for a missing file.
    static func describe(_ code: Int32, missing: String) -> String {
        switch code {
        case ENOENT: missing
        case EACCES: "permission denied"
        case EISDIR: "is a directory"
        default: String(cString: strerror(code))
        }
    }
}
