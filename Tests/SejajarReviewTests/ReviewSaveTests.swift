import Foundation
import SejajarKit
import Testing
@testable import SejajarReview
#if canImport(Glibc)
import Glibc
#endif

/// Save on a real socket, as careful editors save: the original kept as a numbered backup no
/// later save overwrites, no link followed, the file checked at every save, no save blocking.
struct ReviewSaveTests {
    typealias Server = ReviewServerTests

    static func write(_ alignment: Alignment, to path: String) throws {
        try AlignmentJSONWriter().write(CheckedAlignment(alignment)).text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    static func read(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

    static func names(_ folder: String) throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: folder).sorted() }

    @Test func theOriginalIsKeptAsANumberedBackupThatNoLaterSaveOverwrites() async throws {
        let folder = try Server.folder("save")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/doc010.alignment.json"
        let alignment = try Server.alignment()
        try Self.write(alignment, to: path)
        let original = try Self.read(path)
        try await Server.withServer(alignment, savePath: path) { port, token, _ in
            #expect(try await Server.http(port, "POST", "/edit", token: token, body: #"{"revision":0,"op":"merge","bead":3}"#).status == 200)
            let saved = try await Server.http(port, "POST", "/save", token: token, body: #"{"revision":1}"#)
            #expect(saved.status == 200)
            #expect(saved.json["path"] as? String == path && saved.json["backup"] as? String == path + ".~1~")
            #expect(try await Server.http(port, "GET", "/state", token: token).json["savedRevision"] as? Int == 1)
            // Ctrl+S again, then an edit and a save: the session's own file is not kept again,
            // and the original stays as it was.
            let again = try await Server.http(port, "POST", "/save", token: token, body: #"{"revision":1}"#)
            #expect(again.status == 200 && again.json["backup"] == nil)
            #expect(try await Server.http(port, "POST", "/edit", token: token, body: #"{"revision":1,"op":"lock","bead":6}"#).status == 200)
            #expect(try await Server.http(port, "POST", "/save", token: token, body: #"{"revision":2}"#).json["backup"] == nil)
            #expect(try Self.read(path + ".~1~") == original)
        }
        let first = try Self.read(path)
        let reread = try AlignmentJSONReader().read(path: path).twoTexts()
        #expect(reread.beads.filter(\.locked).count == 2 && reread.beads.filter(\.locked).first?.source == 3..<5)
        #expect(try Self.names(folder) == ["doc010.alignment.json", "doc010.alignment.json.~1~"])
        // A second session keeps what the first left, as the next number; the first backup stays.
        try await Server.withServer(reread, savePath: path) { port, token, _ in
            let saved = try await Server.http(port, "POST", "/save", token: token, body: #"{"revision":0}"#)
            #expect(saved.json["backup"] as? String == path + ".~2~")
        }
        #expect(try Self.read(path + ".~1~") == original)
        #expect(try Self.read(path + ".~2~") == first)
        #expect(try Self.names(folder) == ["doc010.alignment.json", "doc010.alignment.json.~1~", "doc010.alignment.json.~2~"])
    }

    @Test func aFileChangedBehindTheSessionIsKeptBeforeItIsReplaced() async throws {
        let folder = try Server.folder("behind")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/a.json"
        try await Server.withServer(savePath: path) { port, token, _ in
            let first = try await Server.http(port, "POST", "/save", token: token, body: #"{"revision":0}"#)
            #expect(first.status == 200 && first.json["backup"] == nil)
            // Another program (or session) writes the file: its work is kept before the next save.
            try "another program's work".write(toFile: path, atomically: true, encoding: .utf8)
            let second = try await Server.http(port, "POST", "/save", token: token, body: #"{"revision":0}"#)
            #expect(second.json["backup"] as? String == path + ".~1~")
            #expect(try Self.read(path + ".~1~") == "another program's work")
            // Changed in place, same file: kept too.
            let handle = try #require(FileHandle(forWritingAtPath: path))
            handle.seekToEndOfFile()
            handle.write(Data(" appended".utf8))
            try handle.close()
            let third = try await Server.http(port, "POST", "/save", token: token, body: #"{"revision":0}"#)
            #expect(third.json["backup"] as? String == path + ".~2~")
            #expect(try Self.read(path + ".~2~").hasSuffix(" appended"))
        }
    }

    @Test func backupNamesTakenByAnythingAreSkippedNeverWrittenThrough() async throws {
        let folder = try Server.folder("taken")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/a.json"
        try "the user's original".write(toFile: path, atomically: true, encoding: .utf8)
        // Planted: a link to a victim, a folder, a FIFO nobody reads, at the next backup names.
        try "the victim's file".write(toFile: folder + "/victim", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: path + ".~1~", withDestinationPath: folder + "/victim")
        try FileManager.default.createDirectory(atPath: path + ".~2~", withIntermediateDirectories: false)
        #expect(mkfifo(path + ".~3~", 0o600) == 0)
        try await Server.withServer(savePath: path) { port, token, _ in
            let started = Date()
            let saved = try await Server.http(port, "POST", "/save", token: token, body: #"{"revision":0}"#)
            #expect(saved.status == 200, "\(saved.body)")
            #expect(saved.json["backup"] as? String == path + ".~4~")
            // Nothing waits on the FIFO (a blocked save would never answer; the bound is loose for a
            // machine busy with the other tests).
            #expect(Date().timeIntervalSince(started) < 30)
        }
        #expect(try Self.read(folder + "/victim") == "the victim's file")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: path + ".~1~") == folder + "/victim")
        #expect(try Self.read(path + ".~4~") == "the user's original")
        #expect(try Self.names(folder) == ["a.json", "a.json.~1~", "a.json.~2~", "a.json.~3~", "a.json.~4~", "victim"])
    }

    @Test func aLinkGivenAtTheStartIsWrittenThroughAndKept() async throws {
        let folder = try Server.folder("link")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let real = folder + "/real.json", link = folder + "/link.json"
        let alignment = try Server.alignment()
        try Self.write(alignment, to: real)
        let original = try Self.read(real)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "real.json")
        try await Server.withServer(alignment, savePath: link) { port, token, session in
            #expect(session.savePath == real)
            #expect(try await Server.http(port, "POST", "/edit", token: token, body: #"{"revision":0,"op":"lock","bead":2}"#).status == 200)
            let saved = try await Server.http(port, "POST", "/save", token: token, body: #"{"revision":1}"#)
            #expect(saved.status == 200 && saved.json["path"] as? String == real && saved.json["backup"] as? String == real + ".~1~")
        }
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "real.json")
        #expect(try AlignmentJSONReader().read(path: real).twoTexts().beads[2].locked)
        #expect(try Self.read(real + ".~1~") == original)
    }

    /// What may stand where Save writes by the time it saves, put there after the session started.
    enum Replacement: String, CaseIterable, CustomTestStringConvertible, Sendable {
        case linkToDevNull = "a link to /dev/null"
        case linkToAFile = "a link to another file"
        case fifoNobodyReads = "a FIFO nobody reads"
        case fifoWhoseReaderDoesNotRead = "a FIFO whose reader does not read"
        case directory = "a directory"
        case readOnly = "a read-only file"
        case socket = "a socket"

        var testDescription: String { rawValue }

        var message: String {
            switch self {
            case .linkToDevNull, .linkToAFile: "is a symbolic link, not a regular file"
            case .fifoNobodyReads, .fifoWhoseReaderDoesNotRead: "is a FIFO, not a regular file"
            case .directory: "is a directory, not a regular file"
            case .readOnly: "the file is read-only"
            case .socket: "is a socket, not a regular file"
            }
        }
    }

    @Test(arguments: Replacement.allCases)
    func everySaveChecksTheFileAndNoneBlocksTheSession(_ replacement: Replacement) async throws {
        let folder = try Server.folder("check")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/a.json"
        try "the first version".write(toFile: path, atomically: true, encoding: .utf8)
        try "a victim".write(toFile: folder + "/victim", atomically: true, encoding: .utf8)
        try await Server.withServer(savePath: path) { port, token, _ in
            var holders: [Int32] = []
            defer { for fd in holders { close(fd) } }
            unlink(path)
            switch replacement {
            case .linkToDevNull: try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: "/dev/null")
            case .linkToAFile: try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: folder + "/victim")
            case .fifoNobodyReads: #expect(mkfifo(path, 0o600) == 0)
            case .fifoWhoseReaderDoesNotRead:
                #expect(mkfifo(path, 0o600) == 0)
                holders.append(open(path, O_RDONLY | O_NONBLOCK))
            case .directory: try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
            case .readOnly:
                try "the first version".write(toFile: path, atomically: true, encoding: .utf8)
                chmod(path, 0o444)
            case .socket:
                let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
                var address = sockaddr_un()
                address.sun_family = sa_family_t(AF_UNIX)
                withUnsafeMutableBytes(of: &address.sun_path) { buffer in
                    for (k, byte) in path.utf8.prefix(buffer.count - 1).enumerated() { buffer[k] = byte }
                }
                let bound = withUnsafePointer(to: &address) {
                    $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
                }
                #expect(bound == 0)
                holders.append(fd)
            }
            let before = ReviewSaveTests.snapshot(folder)
            let started = Date()
            let refused = try await Server.http(port, "POST", "/save", token: token, body: #"{"revision":0}"#)
            // A save that blocked would never answer; the bound is loose for a machine busy with
            // the other tests.
            #expect(Date().timeIntervalSince(started) < 30)
            #expect(refused.status == 409, "\(refused.body)")
            let message = refused.json["error"] as? String ?? ""
            #expect(message.hasPrefix(path + ": error: ") && message.contains(replacement.message), "\(message)")
            #expect(refused.json["revision"] == nil)
            // The session goes on: it answers, edits, and nothing was written or left.
            #expect(try await Server.http(port, "GET", "/state", token: token).status == 200)
            #expect(try await Server.http(port, "POST", "/edit", token: token, body: #"{"revision":0,"op":"lock","bead":1}"#).status == 200)
            #expect(ReviewSaveTests.snapshot(folder) == before)
            #expect(try Self.read(folder + "/victim") == "a victim")
        }
    }

    /// The kind and contents of each entry of `folder`.
    static func snapshot(_ folder: String) -> [String: String] {
        var result: [String: String] = [:]
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] {
            let path = folder + "/" + name
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }
            switch info.st_mode & S_IFMT {
            case S_IFLNK: result[name] = "link to " + ((try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?")
            case S_IFREG: result[name] = "file " + ((try? read(path)) ?? "?")
            default: result[name] = "mode \(info.st_mode & S_IFMT)"
            }
        }
        return result
    }
}
