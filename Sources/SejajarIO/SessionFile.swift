import Foundation
import SejajarKit
#if canImport(Glibc)
import Glibc
#endif

/// The file a long session saves again and again (the review editor's alignment), kept the way
/// careful editors keep theirs:
///
/// - **Numbered backups.** What stood there before the session's first save is kept beside it
///   as `FILE.~1~`, `FILE.~2~` … (GNU's `--backup=numbered`, Emacs's numbered versions): one per
///   session that replaced a file, the next free number each time. A backup is never
///   overwritten, by this session or another: a number already taken, by anything at all, is
///   skipped. It is made without following links: a hard link to the old file (`link(2)` fails
///   on any name that exists), else a copy created `O_EXCL | O_NOFOLLOW`. A later save of the
///   same session keeps no further copy, unless the file on disk is no longer the one it wrote
///   (another program or session replaced or changed it): then that file is kept too.
/// - **Checked at every save.** The file must be a regular, writable file or absent in an
///   existing folder. A link, FIFO, device, socket or folder in its place is refused with a
///   sentence, and never opened: no save can block on a FIFO or write to a device.
/// - **All or nothing.** Written to `.FILE.PID.N.tmp` beside it and renamed over it; a rename
///   replaces a link that appeared there, it never writes through it.
///
/// Links in the path given are followed once, when the session starts (the file they name is
/// the one written, the link stays); after that, only that file is written.
public struct SessionFile: Sendable {
    /// The path as given.
    public let path: String
    /// The file written: `path` with its links followed when the session started.
    public let target: String
    /// What this session last put in place (nil before its first save).
    private var written: FileIdentity?
    /// Makes backups by copying rather than by hard links (what a file system without hard
    /// links gets); for the tests.
    var copiesBackups = false

    /// The file at `path`, checked: refused when it is not a regular file (or absent in an
    /// existing folder), or is read-only, or `-`.
    public init(path: String) throws(SejajarError) {
        self.path = path
        switch try OutputFile.target(of: path) {
        case .standardOutput:
            throw .io(path: path, message: "Save writes a file, not standard output: give --output a file's path")
        case .file(let file), .stream(let file):
            target = file
        }
        try check()
    }

    /// Refuses, with the reason, a file Save may not replace: anything but a regular file the
    /// process may write, or nothing in an existing folder. Nothing is opened.
    public func check() throws(SejajarError) {
        var info = stat()
        guard lstat(target, &info) == 0 else {
            let code = errno
            guard code == ENOENT else { throw .io(path: target, message: OutputFile.reason(code)) }
            let parent = URL(fileURLWithPath: target).deletingLastPathComponent().path
            var folder = stat()
            guard stat(parent, &folder) == 0, folder.st_mode & S_IFMT == S_IFDIR else {
                throw .io(path: target, message: "cannot write: the folder \(parent) does not exist")
            }
            return
        }
        let kind: String
        switch info.st_mode & S_IFMT {
        case S_IFREG:
            if OutputFile.isReadOnly(target, info) { throw .io(path: target, message: OutputFile.readOnly) }
            return
        case S_IFLNK: kind = "a symbolic link"
        case S_IFDIR: kind = "a directory"
        case S_IFIFO: kind = "a FIFO"
        case S_IFCHR, S_IFBLK: kind = "a device"
        case S_IFSOCK: kind = "a socket"
        default: kind = "something else"
        }
        throw .io(path: target, message: "is \(kind), not a regular file: Save writes only a regular file, and never follows, opens or replaces anything else (move it away, or give --output another file)")
    }

    /// Writes `text` in place of the file, all or nothing, after keeping the file that stood
    /// there when it is not the one this session wrote last; returns the backup made, if any.
    @discardableResult
    public mutating func save(_ text: String) throws(SejajarError) -> String? {
        try check()
        let temporary = try TemporaryFile.write(.text(text), beside: target, errorPath: target)
        var backup: String?
        var info = stat()
        if lstat(target, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFREG else {
                temporary.discard()
                try check()
                throw .io(path: target, message: "changed while being saved: not written")
            }
            if FileIdentity(info) != written {
                do {
                    backup = try keepBackup()
                } catch {
                    temporary.discard()
                    throw error
                }
            }
        }
        // Fault injection for the tests, as in `OutputTransaction`: a pause with the temporary
        // file written, so that a `kill -9` can come before the rename.
        if let pause = ProcessInfo.processInfo.environment["SEJAJAR_TEST_PAUSE_BEFORE_RENAME"].flatMap(Double.init), pause > 0 {
            usleep(UInt32(min(pause, 60) * 1_000_000))
        }
        guard rename(temporary.path, target) == 0 else {
            let code = errno
            if let backup { unlink(backup) }
            temporary.discard()
            throw .io(path: target, message: OutputFile.reason(code))
        }
        temporary.placed()
        // The rename itself reaches the disk, not only the bytes.
        let folder = open(URL(fileURLWithPath: target).deletingLastPathComponent().path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folder >= 0 { fsync(folder); close(folder) }
        written = temporary.identity
        return backup
    }

    /// `FILE.~N~`, the numbered backup `number` of `target`.
    public static func backup(of target: String, number: Int) -> String {
        target + ".~\(number)~"
    }

    /// The numbers of the backups beside `target`, in order.
    public static func backupNumbers(of target: String) -> [Int] {
        let url = URL(fileURLWithPath: target)
        let prefix = url.lastPathComponent + ".~"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.deletingLastPathComponent().path)) ?? []
        return names.compactMap { name -> Int? in
            guard name.hasPrefix(prefix), name.hasSuffix("~") else { return nil }
            let digits = name.dropFirst(prefix.count).dropLast()
            guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            return Int(digits)
        }.sorted()
    }

    /// Keeps the file at `target` as the next numbered backup, never over anything that exists.
    private func keepBackup() throws(SejajarError) -> String {
        var number = (Self.backupNumbers(of: target).last ?? 0) + 1
        for _ in 0..<1000 {
            let backup = Self.backup(of: target, number: number)
            var code: Int32 = EPERM
            if !copiesBackups {
                if link(target, backup) == 0 { return backup }
                code = errno
            }
            // No hard links here (or none for this file, fs.protected_hardlinks): a copy.
            if [EPERM, EMLINK, EOPNOTSUPP, ENOSYS, EXDEV].contains(code) {
                guard let failure = Self.copy(target, to: backup) else { return backup }
                code = failure
            }
            guard code == EEXIST else {
                throw .io(path: backup, message: "cannot keep the previous file here, so it is not replaced: \(String(cString: strerror(code)))")
            }
            number += 1
        }
        throw .io(path: target, message: "cannot keep the previous file: a thousand backup names beside it are taken")
    }

    /// Copies the regular file `source` to the new file `destination` (never through a link,
    /// never over a file that exists), with its permissions and times; the error number on
    /// failure, with nothing left at `destination`.
    static func copy(_ source: String, to destination: String) -> Int32? {
        let input = open(source, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard input >= 0 else { return errno }
        defer { close(input) }
        var info = stat()
        guard fstat(input, &info) == 0 else { return errno }
        guard info.st_mode & S_IFMT == S_IFREG else { return EINVAL }
        let output = open(destination, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, info.st_mode & 0o7777)
        guard output >= 0 else { return errno }
        var failure: Int32?
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while failure == nil {
            let count = read(input, &buffer, buffer.count)
            if count < 0 {
                if errno == EINTR { continue }
                failure = errno
            } else if count == 0 {
                break
            } else {
                failure = buffer.withUnsafeBytes { OutputFile.writeAll(UnsafeRawBufferPointer(rebasing: $0[0..<count]), to: output) }
            }
        }
        if failure == nil, fsync(output) != 0, errno != EINVAL { failure = errno }
        var times = [info.st_atim, info.st_mtim]
        futimens(output, &times)
        if close(output) != 0, failure == nil { failure = errno }
        if failure != nil { unlink(destination) }
        return failure
    }

    /// Removes the temporary files a session that crashed (`kill -9`, a power cut) left beside
    /// the file: only Sejajar's own names for it (`.FILE.PID.N.tmp`, `.FILE.PID.N.bak`), only
    /// regular files of this user, only those whose process no longer runs. Returns the paths
    /// removed.
    public func removeStaleTemporaries() -> [String] {
        let folder = URL(fileURLWithPath: target).deletingLastPathComponent()
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        var removed: [String] = []
        for name in names.sorted() {
            guard let pid = TemporaryFile.owner(of: name, target: target), !TemporaryFile.isRunning(pid) else { continue }
            let path = folder.appendingPathComponent(name).path
            var info = stat()
            guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_uid == geteuid() else { continue }
            if unlink(path) == 0 { removed.append(path) }
        }
        return removed
    }
}
