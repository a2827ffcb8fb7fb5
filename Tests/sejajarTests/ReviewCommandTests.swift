import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `sejajar review` as a user runs it: in a real browser, and its errors.
struct ReviewCommandTests {
    @Test func helpShowsExamplesAndTheAPI() throws {
        let result = try CLI.run(["review", "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Examples:") && result.stdout.contains("sejajar review Alignments/samples/seed-000-004.alignment.json"))
        #expect(result.stdout.contains("POST /edit") && result.stdout.contains("127.0.0.1"))
    }

    /// Headless Chromium through WebDriver (Debian's chromium-driver and python3-selenium, which
    /// `make test` installs): merge, split, re-pair, unpair, lock, undo, redo, a refused edit, save
    /// twice, export, a stale second tab; the page's DOM after each step, the JSON on disk after
    /// each save (`Browser/review_in_browser.py`).
    @Test func theEditorWorksInARealBrowser() throws {
        let work = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: work) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = [CLI.root.appendingPathComponent("Tests/sejajarTests/Browser/review_in_browser.py").path, CLI.binary, work]
        process.currentDirectoryURL = CLI.root
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(text.contains("every check held"))
    }

    /// A bilingual XLIFF from a CAT tool opens as it is; Save goes to a JSON beside it, never
    /// over the XLIFF.
    @Test func aBilingualXLIFFOpensAndSavesToAJSONBesideIt() throws {
        let work = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: work) }
        let xliff = work + "/article.xlf"
        try FileManager.default.copyItem(atPath: CLI.sample("article-docx-html.xlf"), toPath: xliff)
        let original = try Data(contentsOf: URL(fileURLWithPath: xliff))
        let review = try ReviewProcess(["review", xliff, "--quiet"])
        let (status, state) = review.call("state")
        #expect(status == 200 && ((state["beads"] as? [Any])?.count ?? 0) > 10)
        #expect(review.call("edit", #"{"revision":0,"op":"lock","bead":0}"#).status == 200)
        let (saved, answer) = review.call("save", #"{"revision":1}"#)
        #expect(saved == 200 && answer["path"] as? String == work + "/article.xlf.alignment.json")
        #expect(try Data(contentsOf: URL(fileURLWithPath: xliff)) == original)
        #expect(FileManager.default.fileExists(atPath: work + "/article.xlf.alignment.json"))
    }

    /// Two texts save to a name made of both and their formats, so that the same article in
    /// other formats never lands on it; a saved alignment of other texts is refused, naming them.
    @Test func twoTextsSaveToANameOfBothAndASavedAlignmentOfOthersIsNeverReplaced() throws {
        let work = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: work) }
        for name in ["article.es.html", "article.id.html", "article.es.docx"] {
            try FileManager.default.copyItem(atPath: DocumentInputCommandTests.document(name), toPath: work + "/" + name)
        }
        let html = work + "/article.es.html+article.id.html.alignment.json", docx = work + "/article.es.docx+article.id.html.alignment.json"
        for (source, saved) in [("article.es.html", html), ("article.es.docx", docx)] {
            let review = try ReviewProcess(["review", work + "/" + source, work + "/article.id.html", "--from", "es", "--to", "id"])
            #expect(review.stderr(containing: "Save writes").contains("Save writes \(saved);"), "\(review.stderr)")
            let (status, answer) = review.call("save", #"{"revision":0}"#)
            #expect(status == 200 && answer["path"] as? String == saved && answer["backup"] == nil)
        }
        let first = try String(contentsOfFile: html, encoding: .utf8)
        // Pointed at the other pair's file: one line, before anything is aligned or served.
        let refused = try CLI.run(["review", work + "/article.es.docx", work + "/article.id.html", "--from", "es", "--to", "id", "--output", html], timeout: 60)
        HostileInputTests.expectError(refused, file: html, place: ":",
                                      message: "holds the alignment of \(work)/article.es.html and \(work)/article.id.html, not of \(work)/article.es.docx and \(work)/article.id.html")
        #expect(try String(contentsOfFile: html, encoding: .utf8) == first)
        // The same pair again: its own file, what the first session saved kept as ~1~.
        let again = try ReviewProcess(["review", work + "/article.es.html", work + "/article.id.html", "--from", "es", "--to", "id", "--quiet"])
        let (status, answer) = again.call("save", #"{"revision":0}"#)
        #expect(status == 200 && answer["backup"] as? String == html + ".~1~")
        #expect(try String(contentsOfFile: html + ".~1~", encoding: .utf8) == first)
    }

    /// `kill -9` in the middle of a save leaves the temporary file; the next start removes it,
    /// and only it.
    @Test func aKilledSessionsTemporaryFileIsRemovedAtTheNextStart() throws {
        let work = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: work) }
        let path = work + "/seed.json"
        try FileManager.default.copyItem(atPath: CLI.sample("seed-000-004.alignment.json"), toPath: path)
        let original = try Data(contentsOf: URL(fileURLWithPath: path))
        try Data("someone else's".utf8).write(to: URL(fileURLWithPath: work + "/.seed.json.1.2.swp"))
        let review = try ReviewProcess(["review", path, "--quiet"], environment: ["SEJAJAR_TEST_PAUSE_BEFORE_RENAME": "30"])
        let save = Thread { _ = review.call("save", #"{"revision":0}"#) }
        save.start()
        let deadline = Date().addingTimeInterval(30)
        while !((try? FileManager.default.contentsOfDirectory(atPath: work)) ?? []).contains(where: { $0.hasSuffix(".tmp") }), Date() < deadline {
            usleep(20_000)
        }
        review.stop(SIGKILL)
        let left = try FileManager.default.contentsOfDirectory(atPath: work).filter { $0.hasSuffix(".tmp") }
        #expect(left.count == 1, "\(left)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == original)
        let next = try ReviewProcess(["review", path])
        #expect(next.stderr.contains("removed 1 temporary file a crashed session left: \(work)/\(left.first ?? "")"), "\(next.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: work).filter { $0.hasSuffix(".tmp") }.isEmpty)
        #expect(FileManager.default.fileExists(atPath: work + "/.seed.json.1.2.swp"))
        next.stop()
        while !save.isFinished { usleep(10_000) }
    }

    /// A full disk at Save: the page says so, the old file stays, nothing is left beside it.
    @Test func aSaveOnAFullDiskIsAnErrorInThePageAndChangesNothing() throws {
        let work = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: work) }
        let path = work + "/seed.json"
        try FileManager.default.copyItem(atPath: CLI.sample("seed-000-004.alignment.json"), toPath: path)
        let original = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(original.count > 8 * 512)
        let review = try ReviewProcess(["review", path, "--quiet"], shell: "ulimit -f 8")
        #expect(review.call("edit", #"{"revision":0,"op":"lock","bead":0}"#).status == 200)
        let (status, answer) = review.call("save", #"{"revision":1}"#)
        #expect(status == 500)
        #expect((answer["error"] as? String ?? "") == "\(path): error: cannot write: File too large", "\(answer)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == original)
        #expect(try FileManager.default.contentsOfDirectory(atPath: work) == ["seed.json"])
        #expect(review.call("state").status == 200)
    }

    @Test func aFIFOAsTheSavedFileIsAOneLineErrorNotAHang() throws {
        let work = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: work) }
        #expect(mkfifo(work + "/fifo.json", 0o600) == 0)
        let result = try CLI.run(["review", CLI.sample("seed-000-004.alignment.json"), "--output", work + "/fifo.json"], timeout: 60)
        #expect(!result.timedOut && result.status == 2)
        #expect(result.stderr.split(separator: "\n").count == 1 && result.stderr.contains("not a regular file"), "\(result.stderr)")
    }

    @Test func aPortInUseIsAOneLineErrorNamingIt() throws {
        // Hold a port on 127.0.0.1, then ask the editor for it.
        let (fd, port) = CLI.loopbackSocket(listening: true)
        defer { close(fd) }
        #expect(port > 0)
        let result = try CLI.run(["review", CLI.sample("seed-000-004.alignment.json"), "--port", String(port), "--output", FileManager.default.temporaryDirectory.appendingPathComponent("port-\(port).json").path], timeout: 60)
        #expect(!result.timedOut && result.status == 2)
        #expect(result.stderr.split(separator: "\n").count == 1 && result.stderr.contains("127.0.0.1:\(port)"), "\(result.stderr)")
    }

    @Test(arguments: [["review", "no-such-alignment.json"], ["review", "--port", "70000", "x.json"], ["review", "--port", "-1", "x.json"],
                      ["review", "Alignments/samples/seed-000.es.txt"],
                      ["review", "Alignments/samples/seed-000-004.alignment.json", "--output", "-"],
                      ["review", "Alignments/samples/seed-000-004.alignment.json", "--output", "Alignments/no-such-folder/a.json"],
                      ["review", "Alignments/samples/seed-000-004.alignment.json", "--output", "/dev/full"],
                      ["review", "Alignments/samples/seed-000-004.alignment.json", "--output", "/dev/null"]])
    func badInputIsAOneLineErrorAndNoServer(arguments: [String]) throws {
        let result = try CLI.run(arguments, timeout: 60)
        #expect(!result.timedOut && result.status == 2)
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        if arguments.contains("-1") { #expect(result.stderr.contains("--port must be between 0 and 65535"), "\(result.stderr)") }
    }
}
