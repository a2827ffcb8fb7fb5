import Foundation
import SejajarKit
#if canImport(Glibc)
import Glibc
#endif

/// An output file written piece by piece and still all or nothing: the pieces go to a temporary
/// file beside the target, renamed over it by `commit()`; a failure, a `deinit` without commit or
/// Ctrl-C (`SignalCleanup`) removes the temporary file and leaves the old one as it was. For
/// outputs larger than memory (a merged translation memory). A device or FIFO, and `-` (standard
/// output), are written directly.
public final class StreamedOutputFile {
    private let path: String
    private let target: String
    private let temporary: String?
    private let slot: Int?
    private var fd: Int32
    private var committed = false

    /// Opens the output `path` (nothing is replaced until `commit()`).
    public init(path: String) throws(SejajarError) {
        self.path = path
        switch try OutputFile.target(of: path) {
        case .standardOutput:
            target = path
            temporary = nil
            slot = nil
            fd = dup(STDOUT_FILENO)
            guard fd >= 0 else { throw .io(path: "<stdout>", message: OutputFile.reason(errno)) }
        case .stream(let device):
            target = device
            temporary = nil
            slot = nil
            fd = try OutputFile.openStream(device, path: path)
        case .file(let file):
            target = file
            let opened = try TemporaryFile.open(beside: file, errorPath: path)
            fd = opened.fd
            temporary = opened.path
            slot = opened.slot
        }
    }

    deinit {
        if fd >= 0 { close(fd) }
        if !committed, let temporary {
            unlink(temporary)
            SignalCleanup.forget(slot)
        }
    }

    /// Appends `text`.
    public func write(_ text: String) throws(SejajarError) {
        var text = text
        text.makeContiguousUTF8()
        if let code = text.utf8.withContiguousStorageIfAvailable({ OutputFile.writeAll(UnsafeRawBufferPointer($0), to: fd) }) ?? nil {
            throw .io(path: path, message: OutputFile.reason(code))
        }
    }

    /// Puts the file in place of the target.
    public func commit() throws(SejajarError) {
        var failure: Int32?
        if temporary != nil, fsync(fd) != 0, errno != EINVAL { failure = errno }
        if close(fd) != 0, failure == nil { failure = errno }
        fd = -1
        if let failure { throw .io(path: path, message: OutputFile.reason(failure)) }
        guard let temporary else { committed = true; return }
        guard rename(temporary, target) == 0 else { throw .io(path: path, message: OutputFile.reason(errno)) }
        committed = true
        SignalCleanup.forget(slot)
    }
}
