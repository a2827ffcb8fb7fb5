import Foundation

/// Writes output files all at once or not at all: to a temporary file beside the target, then
/// renamed over it, so a failure never leaves half a file behind.
public enum OutputFile {
    /// Writes `contents` to `path` atomically.
    public static func write(_ contents: String, to path: String) throws(SejajarError) {
        try write(Data(contents.utf8), to: path)
    }

    /// Writes `data` to `path` atomically.
    public static func write(_ data: Data, to path: String) throws(SejajarError) {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try data.write(to: temporary)
        } catch {
            throw .io(path: path, message: "cannot write: \(reason(error))")
        }
        if rename(temporary.path, url.path) != 0 {
            let message = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw .io(path: path, message: "cannot write: \(message)")
        }
    }

    private static func reason(_ error: any Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return nsError.localizedDescription
    }
}

extension OutputFile {
    /// Writes `text` atomically to the file at `path`, or to standard output when `path` is nil.
    public static func emit(_ text: String, to path: String?) throws(SejajarError) {
        if let path {
            try write(text, to: path)
        } else {
            try StandardStream.output.write(text)
        }
    }
}
