import Foundation
import Testing

/// Bad input as a hostile user gives it: every reader and subcommand ends with one line naming
/// the file and the place, status 2, nothing written and nothing left behind; never a crash,
/// never a hang.
struct HostileInputTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var fixture: String
        var arguments: String
        var status: Int32
        var place: String
        var message: String
        var testDescription: String { "\(fixture): \(arguments)" }
    }

    /// The rows of `Fixtures/hostile/corpus.tsv` (comments and blank lines aside).
    static let rows: [String] = {
        guard let text = try? String(contentsOfFile: CLI.fixture("hostile/corpus.tsv"), encoding: .utf8) else { return [] }
        return text.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") && !$0.trimmingCharacters(in: .whitespaces).isEmpty }
    }()

    /// The corpus: one case per row. A row that does not parse is a case that fails (see
    /// `everyRowIsACase`), never one silently dropped.
    static let corpus: [Case] = rows.map { line in
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        guard fields.count == 5, let status = Int32(fields[2]) else {
            return Case(fixture: "malformed row", arguments: line, status: -1, place: "", message: "")
        }
        return Case(fixture: fields[0], arguments: fields[1], status: status, place: fields[3], message: fields[4])
    }

    /// The corpus is read, and every row of it is a case: a missing or mangled corpus fails here
    /// instead of running no cases.
    @Test func everyRowIsACase() {
        #expect(Self.rows.count >= 75, "the hostile corpus has \(Self.rows.count) rows")
        #expect(Self.corpus.count == Self.rows.count)
        #expect(!Self.corpus.contains { $0.status < 0 }, "malformed rows: \(Self.corpus.filter { $0.status < 0 }.map(\.arguments))")
        for item in Self.corpus where item.status >= 0 {
            #expect(FileManager.default.fileExists(atPath: CLI.fixture("hostile/" + item.fixture)), "\(item.fixture) is not in the corpus")
        }
    }

    /// The one-line error: status, message naming the file and the place, nothing on stdout.
    static func expectError(_ result: CLI.Result, file: String, place: String, message: String, status: Int32 = 2,
                            sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!result.timedOut, "hung", sourceLocation: sourceLocation)
        #expect(!result.signalled, "crashed: \(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.status == status, "\(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stderr.hasPrefix("sejajar: \(file)"), "\(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stderr.contains(place), "\(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stderr.contains(message), "\(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stdout.isEmpty, sourceLocation: sourceLocation)
    }

    @Test(arguments: corpus)
    func theCorpusGetsOneLineErrorsAndWritesNothing(_ item: Case) throws {
        let folder = try CLI.temporaryDirectory()
        let file = folder + "/" + item.fixture
        try FileManager.default.copyItem(atPath: CLI.fixture("hostile/" + item.fixture), toPath: file)
        let out = folder + "/out"
        let arguments = item.arguments.split(separator: " ").map { word -> String in
            switch word {
            case "{f}": file
            case "{es}": CLI.sample("ntrex-doc010.es")
            case "{id}": CLI.sample("ntrex-doc010.id")
            case "{out}": out
            default: String(word)
            }
        }
        let result = try CLI.run(arguments, timeout: 60)
        Self.expectError(result, file: file, place: item.place, message: item.message, status: item.status)
        let written = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0 != item.fixture }
        #expect(written.isEmpty, "wrote \(written)")
        #expect(CLI.leftovers(in: folder).isEmpty)
    }

    @Test func corpusCoversEveryReader() {
        let extensions = Set(Self.corpus.map { URL(fileURLWithPath: $0.fixture).pathExtension })
        #expect(extensions.isSuperset(of: ["json", "lexicon", "txt", "tmx", "tbx", "ladder", "tsv", "csv", "html", "docx", "odt", "fodt", "md", "pdf"]))
    }

    @Test(arguments: [["align", CLI.sample("ntrex-doc010.es"), CLI.sample("ntrex-doc010.id"), "--input", "lines", "--from", "es", "--to", "id"],
                      ["check", CLI.sample("seed-000-004.alignment.json")],
                      ["glossary", "convert", "--format", "csv"],
                      ["tmx", "stats", CLI.fixture("hostile/../../../SejajarKitTests/Fixtures/golden/berita.tmx")],
                      ["text", DocumentInputCommandTests.document("article.es.docx"), "--language", "es"],
                      ["align", DocumentInputCommandTests.document("article.es.pdf"), DocumentInputCommandTests.document("article.id.html"), "--format", "xliff", "--from", "es", "--to", "id"],
                      ["export", CLI.sample("ntrex-doc010.alignment.json"), "--format", "xliff", "--xliff-version", "1.2"]])
    func aFullDiskOnStandardOutputIsAnError(_ arguments: [String]) throws {
        let quiet = !["tmx", "glossary", "text"].contains(arguments[0])
        let result = try CLI.run(arguments + (quiet ? ["--quiet"] : []), stdout: "/dev/full")
        #expect(!result.signalled)
        #expect(result.status == 2)
        #expect(result.stderr.contains("sejajar: <standard output>: error: cannot write: No space left on device"), "\(result.stderr)")
    }

    @Test func aFIFONobodyWritesToEndsInsteadOfHanging() throws {
        let folder = try CLI.temporaryDirectory()
        let fifo = folder + "/memory.tmx"
        #expect(mkfifo(fifo, 0o600) == 0)
        Self.expectError(try CLI.run(["tmx", "stats", fifo], timeout: 20), file: fifo, place: ":1:1:", message: "the file is empty")
        Self.expectError(try CLI.run(["tmx", "merge", fifo, fifo, "--output", folder + "/merged.tmx"], timeout: 20), file: fifo, place: ":1:1:", message: "the file is empty")
        #expect(!FileManager.default.fileExists(atPath: folder + "/merged.tmx"))
        Self.expectError(try CLI.run(["glossary", "lint", fifo], timeout: 20), file: fifo, place: ":1:1:", message: "the file is empty")
        Self.expectError(try CLI.run(["align", fifo, CLI.sample("ntrex-doc010.id"), "--from", "es", "--to", "id"], timeout: 20), file: fifo, place: ":", message: "holds no text")
    }

    @Test(arguments: [("article.docx", "is not a ZIP archive"), ("article.odt", "is not a ZIP archive"), ("article.pdf", "is not a PDF"),
                      ("article.html", "the page holds no text"), ("article.xlf", "should be XLIFF")])
    func aFIFOOfAnyFileKindEndsInsteadOfHanging(_ name: String, _ message: String) throws {
        let folder = try CLI.temporaryDirectory()
        let fifo = folder + "/" + name
        #expect(mkfifo(fifo, 0o600) == 0)
        Self.expectError(try CLI.run(["text", fifo], timeout: 20), file: fifo, place: ":", message: message)
    }

    @Test func anXLIFFWrittenThroughASymlinkReplacesItsTargetAndKeepsTheLink() throws {
        let folder = try CLI.temporaryDirectory()
        try Data("old".utf8).write(to: URL(fileURLWithPath: folder + "/real.xlf"))
        try FileManager.default.createSymbolicLink(atPath: folder + "/link.xlf", withDestinationPath: "real.xlf")
        let result = try CLI.run(["export", CLI.sample("ntrex-doc010.alignment.json"), "--format", "xliff", "--output", folder + "/link.xlf", "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder + "/link.xlf") == "real.xlf")
        #expect(try String(contentsOfFile: folder + "/real.xlf", encoding: .utf8).contains("<xliff"))
        #expect(CLI.leftovers(in: folder).isEmpty)
    }

    @Test func aDirectoryIsNamedAsSuch() throws {
        let folder = try CLI.temporaryDirectory()
        Self.expectError(try CLI.run(["tmx", "stats", folder]), file: folder, place: ":", message: "is a directory")
        Self.expectError(try CLI.run(["tmx", "merge", folder, folder, "--output", folder + "/merged.tmx"]), file: folder, place: ":", message: "is a directory")
        Self.expectError(try CLI.run(["align", folder, folder, "--from", "es", "--to", "id"]), file: folder, place: ":", message: "is a directory")
    }

    @Test func segmentsNestedFortyThousandDeepAreRefused() throws {
        let folder = try CLI.temporaryDirectory()
        let file = folder + "/deep.tmx"
        let depth = 40_000
        let text = "<?xml version=\"1.0\"?><tmx version=\"1.4\"><header srclang=\"es\"/><body><tu><tuv xml:lang=\"es\"><seg>"
            + String(repeating: "<hi>", count: depth) + "x" + String(repeating: "</hi>", count: depth) + "</seg></tuv></tu></body></tmx>"
        try Data(text.utf8).write(to: URL(fileURLWithPath: file))
        Self.expectError(try CLI.run(["tmx", "stats", file], timeout: 30), file: file, place: ":1:", message: "nested deeper than 128 levels")
        // Raised on purpose, the document may nest that deep, but inline markup in one segment
        // still stops at its own bound: no walk over a segment can exhaust the stack.
        let raised = try CLI.run(["tmx", "stats", file], environment: ["SEJAJAR_MAX_XML_DEPTH": "50000"], timeout: 60)
        Self.expectError(raised, file: file, place: ":1:", message: "inline elements nested deeper than 128 levels in one segment")
    }

    @Test func aSegmentOfAMillionPiecesReadsInLinearTime() throws {
        let folder = try CLI.temporaryDirectory()
        let file = folder + "/pieces.tmx"
        let text = "<?xml version=\"1.0\"?><tmx version=\"1.4\"><header srclang=\"es\"/><body><tu><tuv xml:lang=\"es\"><seg>"
            + String(repeating: "a&amp;", count: 1_000_000) + "</seg></tuv></tu></body></tmx>"
        try Data(text.utf8).write(to: URL(fileURLWithPath: file))
        let result = try CLI.run(["tmx", "stats", file], timeout: 60)
        #expect(!result.timedOut)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("units: 1\n"))
    }

    @Test func aUnitOfAMillionElementsIsRefused() throws {
        let folder = try CLI.temporaryDirectory()
        let file = folder + "/elements.tmx"
        let text = "<?xml version=\"1.0\"?><tmx version=\"1.4\"><header srclang=\"es\"/><body><tu><tuv xml:lang=\"es\"><seg>"
            + String(repeating: "<ph/>", count: 1_000_000) + "</seg></tuv></tu></body></tmx>"
        try Data(text.utf8).write(to: URL(fileURLWithPath: file))
        Self.expectError(try CLI.run(["tmx", "stats", file], timeout: 60), file: file, place: ":1:",
                         message: "more than 100000 XML nodes in one entry")
        let raised = try CLI.run(["tmx", "stats", file], environment: ["SEJAJAR_MAX_XML_NODES": "2000000"], timeout: 60)
        #expect(raised.status == 0, "\(raised.stderr)")
    }

    @Test func utf32WithAByteOrderMarkIsRead() throws {
        let folder = try CLI.temporaryDirectory()
        let file = folder + "/a.es"
        var data = Data([0xFF, 0xFE, 0x00, 0x00])
        data.append("La casa crece.\nEl río baja.\n".data(using: .utf32LittleEndian)!)
        try data.write(to: URL(fileURLWithPath: file))
        let result = try CLI.run(["align", file, file, "--from", "es", "--to", "es", "--input", "lines", "--format", "tsv", "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("El río baja.\tEl río baja."))
    }

    @Test func aBatchWhoseSourcesShareANameIsRefusedBeforeAnythingIsWritten() throws {
        let folder = try CLI.temporaryDirectory()
        for sub in ["d1", "d2"] {
            try FileManager.default.createDirectory(atPath: "\(folder)/\(sub)", withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: CLI.sample("ntrex-doc010.es"), toPath: "\(folder)/\(sub)/same.es")
            try FileManager.default.copyItem(atPath: CLI.sample("ntrex-doc010.id"), toPath: "\(folder)/\(sub)/same.id")
        }
        try Data("d1/same.es\td1/same.id\n# a comment\nd2/same.es\td2/same.id\n".utf8).write(to: URL(fileURLWithPath: folder + "/pairs.tsv"))
        let result = try CLI.run(["align", "--batch", folder + "/pairs.tsv", "--input", "lines", "--output-dir", folder + "/out", "--from", "es", "--to", "id"])
        Self.expectError(result, file: folder + "/pairs.tsv", place: ":3:1:", message: "would both write same.es.json")
        #expect(!FileManager.default.fileExists(atPath: folder + "/out"))
    }

    @Test func anOutputDirThatIsAFileIsNamed() throws {
        let folder = try CLI.temporaryDirectory()
        try Data("x".utf8).write(to: URL(fileURLWithPath: folder + "/out"))
        try Data("\(CLI.sample("ntrex-doc010.es"))\t\(CLI.sample("ntrex-doc010.id"))\n".utf8).write(to: URL(fileURLWithPath: folder + "/pairs.tsv"))
        let result = try CLI.run(["align", "--batch", folder + "/pairs.tsv", "--input", "lines", "--output-dir", folder + "/out", "--from", "es", "--to", "id"])
        Self.expectError(result, file: folder + "/out", place: ":", message: "is a file, not a folder")
    }

    @Test func writingThroughASymlinkReplacesItsTargetAndKeepsTheLink() throws {
        let folder = try CLI.temporaryDirectory()
        try Data("old".utf8).write(to: URL(fileURLWithPath: folder + "/real.tmx"))
        try FileManager.default.createSymbolicLink(atPath: folder + "/link.tmx", withDestinationPath: "real.tmx")
        let result = try CLI.run(["export", CLI.sample("ntrex-doc010.alignment.json"), "--output", folder + "/link.tmx", "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder + "/link.tmx") == "real.tmx")
        #expect(try String(contentsOfFile: folder + "/real.tmx", encoding: .utf8).contains("<tmx version=\"1.4\">"))
        #expect(CLI.leftovers(in: folder).isEmpty)
    }

    @Test func aDeviceIsStreamedToNotReplaced() throws {
        let result = try CLI.run(["export", CLI.sample("ntrex-doc010.alignment.json"), "--output", "/dev/null", "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        var info = stat()
        #expect(stat("/dev/null", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR)
        let dash = try CLI.run(["export", CLI.sample("ntrex-doc010.alignment.json"), "--output", "-", "--quiet"])
        #expect(dash.stdout.hasPrefix("<?xml"))
    }

    @Test func mosesOutputIsBothFilesOrNeither() throws {
        let folder = try CLI.temporaryDirectory()
        try Data("old source\n".utf8).write(to: URL(fileURLWithPath: folder + "/corpus.es"))
        // The second file cannot be written: a folder stands in its place.
        try FileManager.default.createDirectory(atPath: folder + "/corpus.id", withIntermediateDirectories: true)
        let result = try CLI.run(["export", CLI.sample("ntrex-doc010.alignment.json"), "--format", "moses", "--output", folder + "/corpus"])
        Self.expectError(result, file: folder + "/corpus.id", place: ":", message: "is a directory")
        #expect(try String(contentsOfFile: folder + "/corpus.es", encoding: .utf8) == "old source\n")
        #expect(CLI.leftovers(in: folder).isEmpty)
    }

    @Test func aFullDiskLeavesTheOldFileAndNoTemporaryFile() throws {
        let folder = try CLI.temporaryDirectory()
        try Data("old".utf8).write(to: URL(fileURLWithPath: folder + "/a.tmx"))
        // A file-size limit of 4 KiB: the memory does not fit.
        let result = try CLI.run(["export", CLI.sample("ntrex-doc010.alignment.json"), "--output", folder + "/a.tmx", "--quiet"],
                                 shell: "ulimit -f 8")
        Self.expectError(result, file: folder + "/a.tmx", place: ":", message: "cannot write: File too large")
        #expect(try String(contentsOfFile: folder + "/a.tmx", encoding: .utf8) == "old")
        #expect(CLI.leftovers(in: folder).isEmpty)
    }

    @Test(arguments: [SIGINT, SIGTERM])
    func aSignalInTheLastMomentsLeavesTheOldFileAndNoTemporaryFile(_ signal: Int32) throws {
        let folder = try CLI.temporaryDirectory()
        try Data("old".utf8).write(to: URL(fileURLWithPath: folder + "/a.tmx"))
        let process = try CLI.start(["export", CLI.sample("ntrex-doc010.alignment.json"), "--output", folder + "/a.tmx", "--quiet"],
                                    environment: ["SEJAJAR_TEST_PAUSE_BEFORE_RENAME": "20"])
        // Wait until the temporary file is there, then interrupt.
        let deadline = Date().addingTimeInterval(20)
        while CLI.leftovers(in: folder).isEmpty && Date() < deadline { usleep(20_000) }
        #expect(!CLI.leftovers(in: folder).isEmpty, "no temporary file appeared")
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == signal)
        #expect(try String(contentsOfFile: folder + "/a.tmx", encoding: .utf8) == "old")
        #expect(CLI.leftovers(in: folder).isEmpty)
    }

    @Test func aBadLimitInTheEnvironmentIsAUsageError() throws {
        let result = try CLI.run(["tmx", "stats", "x.tmx"], environment: ["SEJAJAR_MAX_XML_DEPTH": "deep"])
        #expect(result.status == 2)
        #expect(result.stderr == "sejajar: error: SEJAJAR_MAX_XML_DEPTH must be a positive whole number, not 'deep'\n")
    }
}
