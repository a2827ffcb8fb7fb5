import SejajarKit
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Standard output and standard error, written with `write(2)` so that a failure (a full disk,
/// a closed pipe) is an error Sejajar reports, never a trap and never a silent loss.
public enum StandardStream: Sendable {
    /// Standard output: where results go when no output file is named.
    case output
    /// Standard error: messages and progress.
    case error

    private var descriptor: Int32 { self == .output ? 1 : 2 }

    /// Writes all of `text`; throws when the stream cannot take it.
    public func write(_ text: String) throws(SejajarError) {
        var failure: Int32 = 0
        var bytes = Array(text.utf8)
        let count = bytes.count
        bytes.withUnsafeMutableBytes { buffer in
            var done = 0
            while done < count {
                let written = systemWrite(descriptor, buffer.baseAddress! + done, count - done)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                done += written
            }
        }
        if failure != 0 {
            throw .io(path: self == .output ? "<standard output>" : "<standard error>",
                      message: "cannot write: \(String(cString: strerror(failure)))")
        }
    }

    /// Writes `text`, ignoring failure: for messages on standard error, which have nowhere else to go.
    public func note(_ text: String) {
        try? write(text)
    }
}

private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.write(descriptor, buffer, count)
    #else
    Darwin.write(descriptor, buffer, count)
    #endif
}
