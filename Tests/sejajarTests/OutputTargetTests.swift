import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// "Never lose, never misplace" for every command that writes a file: each is pointed at every
/// kind of target a careless or hostile user could give it, and each must end with one line
/// naming the file, status 2, whatever stood there as it was, and no temporary file left.
/// `--output -` is standard output for every command that takes `--output`.
struct OutputTargetTests {
    /// A command that writes one file: its arguments with `{out}` where the file goes.
    struct Command: CustomTestStringConvertible, Sendable {
        var name: String
        var arguments: [String]
        var testDescription: String { name }
    }

    static let memory = CLI.root.appendingPathComponent("Tests/SejajarKitTests/Fixtures/golden/berita.tmx").path

    /// A term table for `glossary import`: the shipped term base as CSV, made once.
    static let terms: String = {
        let folder = (try? CLI.temporaryDirectory()) ?? NSTemporaryDirectory()
        let path = folder + "/terms.csv"
        _ = try? CLI.run(["glossary", "convert", "--format", "csv", "--output", path])
        return path
    }()

    /// A translation memory store with the golden TMX in it, for `memory export`; made once.
    static let store: String = {
        let folder = (try? CLI.temporaryDirectory()) ?? NSTemporaryDirectory()
        let path = folder + "/memory.sqlite"
        _ = try? CLI.run(["memory", "add", memory, "--memory", path, "--quiet"])
        return path
    }()

    /// A `--batch` list of two NTREX pairs the tests keep, for `corpus map`; made once.
    static let pairs: String = {
        let folder = (try? CLI.temporaryDirectory()) ?? NSTemporaryDirectory()
        let fixtures = CLI.root.appendingPathComponent("Tests/SejajarKitTests/Fixtures/ntrex-docs").path
        try? ["doc040", "doc045"].map { "\(fixtures)/\($0).es\t\(fixtures)/\($0).id\n" }.joined()
            .write(toFile: folder + "/pairs.tsv", atomically: true, encoding: .utf8)
        return folder + "/pairs.tsv"
    }()

    /// `command`'s arguments with the output at `out` and the prepared inputs in their places.
    static func arguments(_ command: Command, out: String) -> [String] {
        command.arguments.map { argument in
            switch argument {
            case "{out}": out
            case "{terms}": terms
            case "{store}": store
            case "{pairs}": pairs
            default: argument
            }
        }
    }

    static let commands: [Command] = [
        Command(name: "align", arguments: ["align", CLI.sample("ntrex-doc010.es"), CLI.sample("ntrex-doc010.id"), "--from", "es", "--to", "id", "--input", "lines", "--quiet", "--output", "{out}"]),
        Command(name: "export", arguments: ["export", CLI.sample("ntrex-doc010.alignment.json"), "--quiet", "--output", "{out}"]),
        Command(name: "check", arguments: ["check", CLI.sample("ntrex-doc010.alignment.json"), "--format", "json", "--quiet", "--output", "{out}"]),
        Command(name: "glossary import", arguments: ["glossary", "import", "{terms}", "--quiet", "--output", "{out}"]),
        Command(name: "glossary usage --candidates", arguments: ["glossary", "usage", CLI.sample("seed-000-004.alignment.json"), "--quiet", "--candidates", "{out}"]),
        Command(name: "tmx merge", arguments: ["tmx", "merge", memory, memory, "--quiet", "--output", "{out}"]),
        Command(name: "lexicon train", arguments: ["lexicon", "train", CLI.sample("ntrex-doc010.es"), CLI.sample("ntrex-doc010.id"), "--from", "es", "--to", "id", "--input", "lines", "--quiet", "--output", "{out}"]),
        Command(name: "memory export", arguments: ["memory", "export", "--memory", "{store}", "--quiet", "--output", "{out}"]),
        Command(name: "corpus map", arguments: ["corpus", "map", "--batch", "{pairs}", "--shard", "0/1", "--from", "es", "--to", "id", "--input", "lines", "--quiet", "--output", "{out}"]),
    ]

    /// A target: how it is made in a fresh folder, and what the one line says.
    enum Target: String, CaseIterable, CustomTestStringConvertible, Sendable {
        case linkLoop = "a link to itself"
        case linkToDirectory = "a link to a directory"
        case plantedLink = "a link someone else planted in a shared folder"
        case fifo = "a FIFO nobody reads"
        case device = "a full device"
        case directory = "a directory"
        case readOnly = "a read-only file"
        case fullDisk = "a full disk (ulimit -f)"

        var testDescription: String { rawValue }

        var message: String {
            switch self {
            case .linkLoop: "too many levels of symbolic links"
            case .linkToDirectory, .directory: "is a directory"
            case .plantedLink: "is a symbolic link someone else made in a folder all may write to"
            case .fifo: "no process reads from this FIFO"
            case .device: "No space left on device"
            case .readOnly: "the file is read-only"
            case .fullDisk: "File too large"
            }
        }
    }

    /// Makes `target` in `folder`; returns the path to give the command and the shell prefix.
    static func make(_ target: Target, in folder: String) throws -> (path: String, shell: String?) {
        let out = folder + "/out.file"
        let manager = FileManager.default
        switch target {
        case .linkLoop:
            try manager.createSymbolicLink(atPath: out, withDestinationPath: "out.file")
        case .linkToDirectory:
            try manager.createDirectory(atPath: folder + "/dir", withIntermediateDirectories: false)
            try manager.createSymbolicLink(atPath: out, withDestinationPath: "dir")
        case .plantedLink:
            // /tmp's kind of folder: sticky, writable by all; the link is another user's.
            let shared = folder + "/shared"
            try manager.createDirectory(atPath: shared, withIntermediateDirectories: false)
            chmod(shared, 0o1777)
            try Data("victim's own".utf8).write(to: URL(fileURLWithPath: folder + "/victim"))
            try manager.createSymbolicLink(atPath: shared + "/out.file", withDestinationPath: folder + "/victim")
            #expect(lchown(shared + "/out.file", 65534, 65534) == 0, "the test runs as root to plant another user's link")
            return (shared + "/out.file", nil)
        case .fifo:
            #expect(mkfifo(out, 0o600) == 0)
        case .device:
            return ("/dev/full", nil)
        case .directory:
            try manager.createDirectory(atPath: out, withIntermediateDirectories: false)
        case .readOnly:
            try Data("old".utf8).write(to: URL(fileURLWithPath: out))
            chmod(out, 0o444)
        case .fullDisk:
            try Data("old".utf8).write(to: URL(fileURLWithPath: out))
            return (out, "ulimit -f 0")
        }
        return (out, nil)
    }

    /// Everything in `folder` (recursively) with its kind and contents, to compare before and after.
    static func snapshot(_ folder: String) -> [String: String] {
        var result: [String: String] = [:]
        for name in (FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? []).sorted() {
            let path = folder + "/" + name
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }
            switch info.st_mode & S_IFMT {
            case S_IFLNK: result[name] = "link to " + ((try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?")
            case S_IFREG: result[name] = "file " + ((try? String(contentsOfFile: path, encoding: .utf8)) ?? "?") + " mode \(String(info.st_mode & 0o7777, radix: 8))"
            case S_IFDIR: result[name] = "directory"
            case S_IFIFO: result[name] = "fifo"
            default: result[name] = "other"
            }
        }
        return result
    }

    @Test(arguments: commands, Target.allCases)
    func aTargetThatMustNotBeWrittenIsNamedAndKeptAsItWas(_ command: Command, _ target: Target) throws {
        if target == .plantedLink, geteuid() != 0 { return }
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let (path, shell) = try Self.make(target, in: folder)
        let before = Self.snapshot(folder)
        let result = try CLI.run(Self.arguments(command, out: path), timeout: 60, shell: shell)
        if target == .fullDisk, command.arguments.contains("{store}"), result.stderr.hasPrefix("sejajar: \(Self.store)") {
            // SQLite cannot grow the store's shared-memory index either, so opening the store
            // fails first, unless another test's export holds the index open at full size at that
            // moment (the cases run in parallel on one store): then writing the target fails, and
            // the line names it (the branch below). Either way one line, the target as it was.
            HostileInputTests.expectError(result, file: Self.store, place: ":", message: "disk I/O error")
        } else {
            HostileInputTests.expectError(result, file: path, place: ":", message: target.message)
        }
        #expect(Self.snapshot(folder) == before, "something was replaced or left in \(folder)")
        #expect(CLI.leftovers(in: folder).isEmpty)
        var device = stat()
        #expect(stat("/dev/full", &device) == 0 && device.st_mode & S_IFMT == S_IFCHR)
    }

    /// Every command that takes `--output` writes to standard output for `-`, exactly what it
    /// writes to a file, and never makes a file named `-`.
    @Test(arguments: commands.filter { $0.name != "glossary usage --candidates" } + [
        Command(name: "glossary usage --output", arguments: ["glossary", "usage", CLI.sample("seed-000-004.alignment.json"), "--quiet", "--output", "{out}"]),
        Command(name: "glossary usage --candidates", arguments: ["glossary", "usage", CLI.sample("seed-000-004.alignment.json"), "--quiet", "--output", "/dev/null", "--candidates", "{out}"]),
        Command(name: "glossary convert", arguments: ["glossary", "convert", "--format", "csv", "--output", "{out}"]),
        Command(name: "align --format tmx", arguments: ["align", CLI.sample("ntrex-doc010.es"), CLI.sample("ntrex-doc010.id"), "--from", "es", "--to", "id", "--input", "lines", "--format", "tmx", "--quiet", "--output", "{out}"]),
        Command(name: "export --format xliff", arguments: ["export", CLI.sample("ntrex-doc010.alignment.json"), "--format", "xliff", "--quiet", "--output", "{out}"]),
    ])
    func aDashIsStandardOutput(_ command: Command) throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/written"
        let toFile = try CLI.run(Self.arguments(command, out: file))
        #expect(toFile.status == 0, "\(toFile.stderr)")
        let toDash = try CLI.run(Self.arguments(command, out: "-"))
        #expect(toDash.status == 0, "\(toDash.stderr)")
        #expect(!toDash.stdout.isEmpty)
        #expect(toDash.stdout == (try? String(contentsOfFile: file, encoding: .utf8)))
        #expect(!FileManager.default.fileExists(atPath: CLI.root.appendingPathComponent("-").path))
    }

    @Test func aFormatOfSeveralFilesRefusesADash() throws {
        let result = try CLI.run(["export", CLI.sample("ntrex-doc010.alignment.json"), "--format", "moses", "--output", "-"])
        #expect(result.status == 2)
        #expect(result.stderr == "sejajar: error: --format moses needs --output PREFIX (two files, not standard output) (see 'sejajar export --help')\n")
    }
}
