import Foundation
import Testing
@testable import SejajarIO
#if canImport(Glibc)
import Glibc
#endif

/// The file a review session saves: numbered backups by hard link or by copy, and the
/// temporary files a killed session leaves, removed at the next start and only those.
struct SessionFileTests {
    static func folder() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("session-file-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    static func read(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

    @Test(arguments: [false, true])
    func aBackupKeepsTheOldFileItsModeAndTimeByLinkOrByCopy(_ copies: Bool) throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/a.json"
        try "original".write(toFile: path, atomically: true, encoding: .utf8)
        chmod(path, 0o640)
        var times = [timespec(tv_sec: 1_600_000_000, tv_nsec: 0), timespec(tv_sec: 1_600_000_000, tv_nsec: 0)]
        #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
        try "taken".write(toFile: path + ".~1~", atomically: true, encoding: .utf8)
        var file = try SessionFile(path: path)
        file.copiesBackups = copies
        #expect(try file.save("first save") == path + ".~2~")
        #expect(try file.save("second save") == nil)
        #expect(try Self.read(path) == "second save")
        #expect(try Self.read(path + ".~1~") == "taken")
        #expect(try Self.read(path + ".~2~") == "original")
        var info = stat()
        #expect(stat(path + ".~2~", &info) == 0)
        #expect(info.st_mode & 0o777 == 0o640 && info.st_mtim.tv_sec == 1_600_000_000)
        // The saved file keeps the permissions of the file it replaced.
        #expect(stat(path, &info) == 0 && info.st_mode & 0o777 == 0o640)
        #expect(SessionFile.backupNumbers(of: path) == [1, 2])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["a.json", "a.json.~1~", "a.json.~2~"])
    }

    @Test func aCopiedBackupNeverGoesThroughALinkNorOverAFile() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "old".write(toFile: folder + "/a", atomically: true, encoding: .utf8)
        try "victim".write(toFile: folder + "/victim", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: folder + "/link", withDestinationPath: "victim")
        #expect(SessionFile.copy(folder + "/a", to: folder + "/link") == EEXIST)
        #expect(SessionFile.copy(folder + "/a", to: folder + "/victim") == EEXIST)
        #expect(try Self.read(folder + "/victim") == "victim")
        // Nor from anything but a regular file: a FIFO is never opened for reading and waited on.
        #expect(mkfifo(folder + "/fifo", 0o600) == 0)
        #expect(SessionFile.copy(folder + "/fifo", to: folder + "/b") == EINVAL)
        #expect(!FileManager.default.fileExists(atPath: folder + "/b"))
        #expect(SessionFile.copy(folder + "/link", to: folder + "/b") == ELOOP)
    }

    @Test func onlyTheTemporaryFilesOfDeadSessionsAreRemoved() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // A process that has ended: its number names no process now.
        let ended = Process()
        ended.executableURL = URL(fileURLWithPath: "/bin/true")
        try ended.run()
        ended.waitUntilExit()
        let dead = ended.processIdentifier, alive = getpid()
        let names = [
            ".a.json.\(dead).12345.tmp", ".a.json.\(dead).7.bak",          // a killed session's: removed
            ".a.json.\(alive).12345.tmp",                                   // a running session's: kept
            ".b.json.\(dead).12345.tmp",                                    // another file's: kept
            ".a.json.\(dead).x.tmp", ".a.json.\(dead).1.tmp.old", "a.json.\(dead).1.tmp", ".a.json.\(dead).1.swp", // not Sejajar's names
            "a.json", "a.json.~1~",
        ]
        for name in names { try "x".write(toFile: folder + "/" + name, atomically: false, encoding: .utf8) }
        try FileManager.default.createDirectory(atPath: folder + "/.a.json.\(dead).99.tmp", withIntermediateDirectories: false)
        let file = try SessionFile(path: folder + "/a.json")
        let removed = file.removeStaleTemporaries()
        #expect(removed.sorted() == [folder + "/.a.json.\(dead).12345.tmp", folder + "/.a.json.\(dead).7.bak"].sorted())
        let left = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(left == (names.dropFirst(2) + [".a.json.\(dead).99.tmp"]).sorted())
    }

    @Test(arguments: [
        (".a.json.123.456.tmp", "a.json", 123), (".a.json.123.456.bak", "a.json", 123), (".a.b.c.9.0.tmp", "a.b.c", 9),
        (".a.json.123.456.tmp", "b.json", nil), (".a.json.-1.456.tmp", "a.json", nil), (".a.json.0.456.tmp", "a.json", nil),
        (".a.json.123.tmp", "a.json", nil), (".a.json.123.456.7.tmp", "a.json", nil), (".a.json.１２.456.tmp", "a.json", nil),
    ] as [(String, String, Int32?)])
    func temporaryNamesAreRecognisedExactly(_ name: String, _ target: String, _ pid: Int32?) {
        #expect(TemporaryFile.owner(of: name, target: "/somewhere/" + target) == pid)
    }

    @Test func theFileIsRefusedWhenItIsNotOneSaveMayReplace() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(throws: (any Error).self) { try SessionFile(path: "-") }
        #expect(throws: (any Error).self) { try SessionFile(path: folder) }
        #expect(throws: (any Error).self) { try SessionFile(path: folder + "/missing/a.json") }
        #expect(throws: (any Error).self) { try SessionFile(path: "/dev/null") }
        try "x".write(toFile: folder + "/ro.json", atomically: true, encoding: .utf8)
        chmod(folder + "/ro.json", 0o444)
        #expect(throws: (any Error).self) { try SessionFile(path: folder + "/ro.json") }
        #expect(try SessionFile(path: folder + "/new.json").target == folder + "/new.json")
    }
}
