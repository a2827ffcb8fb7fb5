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
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CLI.binary)
        process.arguments = ["review", xliff, "--quiet"]
        process.currentDirectoryURL = CLI.root
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { process.terminate(); process.waitUntilExit() }
        // The first line is the address.
        var line = Data()
        while let byte = try output.fileHandleForReading.read(upToCount: 1), let b = byte.first, b != 10 { line.append(b) }
        let url = try #require(URL(string: String(decoding: line, as: UTF8.self)))
        #expect(url.host == "127.0.0.1" && url.query?.hasPrefix("token=") == true)
        let token = String(url.query!.dropFirst("token=".count))
        func call(_ path: String, _ body: String? = nil) throws -> (Int, [String: Any]) {
            var request = URLRequest(url: URL(string: "http://127.0.0.1:\(url.port!)/\(path)")!)
            request.setValue(token, forHTTPHeaderField: "X-Sejajar-Token")
            if let body { request.httpMethod = "POST"; request.httpBody = Data(body.utf8) }
            nonisolated(unsafe) var answer: (Int, [String: Any]) = (0, [:])
            let done = DispatchSemaphore(value: 0)
            URLSession.shared.dataTask(with: request) { data, response, _ in
                answer = ((response as? HTTPURLResponse)?.statusCode ?? 0,
                          (data.flatMap { try? JSONSerialization.jsonObject(with: $0) } as? [String: Any]) ?? [:])
                done.signal()
            }.resume()
            done.wait()
            return answer
        }
        let (status, state) = try call("state")
        #expect(status == 200 && ((state["beads"] as? [Any])?.count ?? 0) > 10)
        #expect(try call("edit", #"{"revision":0,"op":"lock","bead":0}"#).0 == 200)
        let (saved, answer) = try call("save", #"{"revision":1}"#)
        #expect(saved == 200 && answer["path"] as? String == work + "/article.alignment.json")
        #expect(try Data(contentsOf: URL(fileURLWithPath: xliff)) == original)
        #expect(FileManager.default.fileExists(atPath: work + "/article.alignment.json"))
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

    @Test(arguments: [["review", "no-such-alignment.json"], ["review", "--port", "70000", "x.json"], ["review", "Alignments/samples/seed-000.es.txt"],
                      ["review", "Alignments/samples/seed-000-004.alignment.json", "--output", "/dev/full"],
                      ["review", "Alignments/samples/seed-000-004.alignment.json", "--output", "/dev/null"]])
    func badInputIsAOneLineErrorAndNoServer(arguments: [String]) throws {
        let result = try CLI.run(arguments, timeout: 60)
        #expect(!result.timedOut && result.status == 2)
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }
}
