import Foundation
import SejajarIO
import SejajarKit
import Synchronization
import Testing
@testable import SejajarReview
#if canImport(Glibc)
import Glibc
#endif

/// The review server on a real socket: every test starts its own on a free port and stops it.
struct ReviewServerTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("SejajarKitTests/Fixtures").path

    /// The NTREX document of the samples (18 sentences a side), aligned.
    static func alignment() throws -> Alignment {
        let source = try DocumentReader(language: "es", layout: .lines).read(path: fixtures + "/ntrex-doc010.es")
        let target = try DocumentReader(language: "id", layout: .lines).read(path: fixtures + "/ntrex-doc010.id")
        return Aligner().align(source, target)
    }

    /// Runs `body` against a server for `alignment`, saving to `savePath`, then stops it.
    static func withServer(_ alignment: Alignment? = nil, aligner: Aligner = Aligner(), savePath: String? = nil,
                           limits: ReviewServer.Limits = .init(), memory: (any MemoryLookup)? = nil,
                           _ body: @Sendable (_ port: Int, _ token: String, _ session: ReviewSession) async throws -> Void) async throws {
        let path = savePath ?? FileManager.default.temporaryDirectory.appendingPathComponent("review-\(UUID().uuidString).json").path
        let session = ReviewSession(alignment: try alignment ?? Self.alignment(), aligner: aligner, glossary: nil, file: try SessionFile(path: path), memory: memory)
        let server = ReviewServer(session: session, limits: limits)
        let (ready, continuation) = AsyncStream<URL>.makeStream()
        let task = Task { try await server.run { continuation.yield($0) } }
        var iterator = ready.makeAsyncIterator()
        guard let url = await iterator.next(), let port = url.port else { throw RawHTTP.Failure.noAnswer("the server did not start") }
        #expect(url.host == "127.0.0.1")
        #expect(url.query == "token=\(server.token)")
        do {
            try await body(port, server.token, session)
        } catch {
            task.cancel()
            throw error
        }
        task.cancel()
        _ = await task.result
    }

    /// Runs `body` with a connection of its own to the server, off the cooperative pool.
    static func exchange<T: Sendable>(_ port: Int, timeout: Int = 60, _ body: @escaping @Sendable (RawHTTP.Connection) throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread {
                continuation.resume(with: Result { try body(try RawHTTP.Connection(port: port, timeout: timeout)) })
            }.start()
        }
    }

    /// A fresh folder for a test's files.
    static func folder(_ name: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("review-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.path
    }

    /// Runs a blocking exchange off the cooperative pool.
    static func http(_ port: Int, _ method: String, _ path: String, token: String?, body: String? = nil,
                     headers: [String: String?] = [:]) async throws -> RawHTTP.Answer {
        try await withCheckedThrowingContinuation { continuation in
            Thread {
                continuation.resume(with: Result { try RawHTTP.request(port: port, method, path, token: token, body: body, headers: headers) })
            }.start()
        }
    }

    static func revision(_ port: Int, _ token: String) async throws -> Int {
        try await http(port, "GET", "/state", token: token).json["revision"] as! Int
    }

    /// A memory that finds every sentence it is asked for, and keeps what it was asked.
    final class EchoMemory: MemoryLookup {
        let asked = Mutex<[String]>([])

        func lookup(_ text: String, from: Language, to: Language?, previous: String?, minimum: Int, top: Int) throws(SejajarError) -> [MemoryMatch] {
            asked.withLock { $0.append([text, previous ?? "-", from.tag, to?.tag ?? "-", "\(minimum)", "\(top)"].joined(separator: "|")) }
            let source = MemoryUnit.Side(language: from.tag, segment: Segment(text), text: text)
            let target = MemoryUnit.Side(language: to?.tag ?? "id", segment: Segment("terjemahan"), text: "terjemahan")
            return [MemoryMatch(unit: MemoryUnit(id: 7, source: source, target: target, provenance: MemoryProvenance(file: "m.tmx", line: 3)),
                                score: MatchScore(percent: 100, kind: .exact, similarity: 1))]
        }
    }

    @Test func theCurrentBeadIsLookedUpInTheMemory() async throws {
        let alignment = try Self.alignment()
        try await Self.withServer(alignment) { port, token, _ in
            let answer = try await Self.http(port, "GET", "/memory?bead=1", token: token)
            #expect(answer.status == 404 && answer.body.contains("--memory"))
        }
        let memory = EchoMemory()
        try await Self.withServer(alignment, memory: memory) { port, token, _ in
            #expect(try await Self.http(port, "GET", "/memory?bead=1", token: nil).status == 403)
            let answer = try await Self.http(port, "GET", "/memory?bead=1", token: token)
            #expect(answer.status == 200)
            let matches = answer.json["matches"] as? [[String: Any]]
            #expect(matches?.first?["percent"] as? Int == 100)
            #expect(try await Self.http(port, "GET", "/memory?bead=100000", token: token).status == 400)
            #expect(try await Self.http(port, "GET", "/memory", token: token).status == 400)
        }
        let first = alignment.sourceText(of: alignment.beads[0]), second = alignment.sourceText(of: alignment.beads[1])
        #expect(memory.asked.withLock { $0 } == [[second, first, "es", "id", "50", "5"].joined(separator: "|")])
    }

    @Test func theTokenIsNeededForEveryRequest() async throws {
        try await Self.withServer { port, token, _ in
            for path in ["/", "/state", "/alignment.json", "/export.tmx", "/export.xlf"] {
                #expect(try await Self.http(port, "GET", path, token: nil).status == 403, "\(path) without a token")
                #expect(try await Self.http(port, "GET", path, token: String(token.reversed())).status == 403, "\(path) with a wrong token")
                #expect(try await Self.http(port, "GET", path, token: token).status == 200, "\(path)")
            }
            // In the address, as the page's download links carry it.
            #expect(try await Self.http(port, "GET", "/export.tmx?token=\(token)", token: nil).status == 200)
            let page = try await Self.http(port, "GET", "/", token: token)
            #expect(page.head.lowercased().contains("content-security-policy: default-src 'none'"))
            // Everything inline: nothing the page loads or links comes from elsewhere.
            #expect(page.body.contains("<script>"))
            for outside in ["src=", "href=\"http", "@import", "url(", "https://"] { #expect(!page.body.contains(outside), "\(outside)") }
        }
    }

    @Test func aForeignHostOrOriginIsRefused() async throws {
        try await Self.withServer { port, token, _ in
            // DNS rebinding: a page of evil.example resolved to 127.0.0.1 sends its own Host.
            for host in ["evil.example:\(port)", "127.0.0.1:\(port + 1)", "127.0.0.1"] {
                #expect(try await Self.http(port, "GET", "/state", token: token, headers: ["Host": host]).status == 403, "Host \(host)")
            }
            #expect(try await Self.http(port, "GET", "/state", token: token, headers: ["Host": "localhost:\(port)"]).status == 200)
            let edit = #"{"revision":0,"op":"merge","bead":0}"#
            for (name, value) in [("Origin", "http://evil.example"), ("Origin", "null"), ("Origin", "http://127.0.0.1:\(port + 1)"), ("Sec-Fetch-Site", "cross-site")] {
                let answer = try await Self.http(port, "POST", "/edit", token: token, body: edit, headers: [name: value])
                #expect(answer.status == 403, "\(name): \(value)")
            }
            #expect(try await Self.revision(port, token) == 0)
            let own = try await Self.http(port, "POST", "/edit", token: token, body: edit, headers: ["Origin": "http://127.0.0.1:\(port)", "Sec-Fetch-Site": "same-origin"])
            #expect(own.status == 200)
        }
    }

    static let refused: [(body: String, message: String)] = [
        (#"{"revision":0,"op":"merge","bead":40}"#, "there is no bead 40"),
        (#"{"revision":0,"op":"pair","source":[3,4],"target":[30,31]}"#, "there is no target sentence 30"),
        (#"{"revision":0,"op":"pair","source":[6,7],"target":[2,3]}"#, "would cross locked bead 4"),
        (#"{"revision":0,"op":"pair","source":[4,5],"target":[9,10]}"#, "source sentence 4 is in locked bead 4"),
        (#"{"revision":0,"op":"split","bead":4,"source":4,"target":4}"#, "cannot be cut"),
        (#"{"revision":0,"op":"fold","bead":1}"#, "the request is not an edit"),
        (#"{"op":"merge","bead":1}"#, "'revision' is missing"),
        (#"{"revision":"0","op":"merge","bead":1}"#, "'revision' has the wrong type"),
        (#"{"revision":0,"op":"merge","bead":1.5}"#, "'bead' must be a whole number, not 1.5"),
        (#"{"revision":0,"op":"merge","bead":17}"#, "bead 17 is the last one: there is no bead after it to merge with"),
        ("merge 1", "not JSON"),
        ("", "not JSON"),
    ]

    @Test func anInvalidEditIsA400AndChangesNothing() async throws {
        try await Self.withServer { port, token, session in
            #expect(try await Self.http(port, "POST", "/edit", token: token, body: #"{"revision":0,"op":"lock","bead":4}"#).status == 200)
            let before = await session.alignment
            for (body, message) in Self.refused {
                let answer = try await Self.http(port, "POST", "/edit", token: token, body: body.replacingOccurrences(of: #""revision":0"#, with: #""revision":1"#))
                #expect(answer.status == 400, "\(body)")
                #expect((answer.json["error"] as? String)?.contains(message) == true, "\(body): \(answer.body)")
            }
            #expect(await session.alignment == before)
            #expect(try await Self.revision(port, token) == 1)
        }
    }

    @Test func anEditFromAStaleTabIsA409() async throws {
        try await Self.withServer { port, token, _ in
            let first = try await Self.http(port, "POST", "/edit", token: token, body: #"{"revision":0,"op":"merge","bead":2}"#)
            #expect(first.status == 200 && first.json["revision"] as? Int == 1)
            let second = try await Self.http(port, "POST", "/edit", token: token, body: #"{"revision":0,"op":"merge","bead":5}"#)
            #expect(second.status == 409)
            #expect(second.json["revision"] as? Int == 1)
            #expect(try await Self.http(port, "POST", "/save", token: token, body: #"{"revision":0}"#).status == 409)
        }
    }

    @Test func twoClientsEditingAtOnceGetOneAnswerEachAndOneOrderOfEdits() async throws {
        try await Self.withServer { port, token, session in
            // Eight edits sent at once against revision 0: one is applied, the others are stale.
            let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
                for b in 0..<8 {
                    group.addTask { try await Self.http(port, "POST", "/edit", token: token, body: #"{"revision":0,"op":"lock","bead":\#(b)}"#).status }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(statuses.sorted() == [200] + Array(repeating: 409, count: 7))
            #expect(await session.alignment.beads.filter(\.locked).count == 1)
            // Two clients that each reload before editing both get through.
            try await withThrowingTaskGroup(of: Void.self) { group in
                for b in [10, 12] {
                    group.addTask {
                        for _ in 0..<20 {
                            let revision = try await Self.revision(port, token)
                            if try await Self.http(port, "POST", "/edit", token: token, body: #"{"revision":\#(revision),"op":"lock","bead":\#(b)}"#).status == 200 { return }
                        }
                        Issue.record("bead \(b) was never locked")
                    }
                }
                try await group.waitForAll()
            }
            #expect(await session.alignment.beads.filter(\.locked).count == 3)
        }
    }

    @Test func malformedRequestsNeverStopTheServer() async throws {
        try await Self.withServer { port, token, _ async throws in
            let hostile: [[UInt8]] = [
                Array("GARBAGE\r\n\r\n".utf8),
                Array("POST /edit HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nContent-Length: 100\r\n\r\n{\"rev".utf8),
                Array("GET /state HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nX-Sejajar-Token: \(token)\r\nContent-Length: -5\r\n\r\n".utf8),
                [0, 255, 13, 10, 13, 10],
                Array("GET /\(String(repeating: "a", count: 20000)) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n\r\n".utf8),
            ]
            for bytes in hostile {
                let exchange = Task.detached { try? RawHTTP.exchange(port: port, bytes, finished: true) }
                _ = await exchange.value
            }
            // A body over the limit is refused, not read: by its length, or, sent in chunks with
            // no length, once past the limit.
            let big = "{\"revision\":0,\"op\":\"merge\",\"bead\":1,\"x\":\"" + String(repeating: "x", count: 2 << 20) + "\"}"
            let refused = try await Self.http(port, "POST", "/edit", token: token, body: big)
            #expect(refused.status == 413 && refused.head.lowercased().contains("connection: close"), "\(refused.head)")
            let chunked = try await Self.exchange(port) { connection in
                connection.send("POST /edit HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nX-Sejajar-Token: \(token)\r\nTransfer-Encoding: chunked\r\n\r\n")
                for _ in 0..<40 where connection.send("10000\r\n" + String(repeating: "x", count: 0x10000) + "\r\n") {}
                return connection.answer()
            }
            #expect(chunked?.status == 413 && chunked?.json["error"] as? String == "the request body is larger than the 1048576 bytes accepted")
            #expect(try await Self.http(port, "GET", "/nowhere", token: token).status == 404)
            #expect(try await Self.http(port, "GET", "/state", token: token).status == 200)
            #expect(try await Self.http(port, "POST", "/edit", token: token, body: #"{"revision":0,"op":"merge","bead":1}"#).status == 200)
        }
    }

    @Test func theStateTheEditAnswersIsTheStateThePageLoads() async throws {
        try await Self.withServer { port, token, _ in
            let edited = try await Self.http(port, "POST", "/edit", token: token, body: #"{"revision":0,"op":"pair","source":[5,6],"target":[7,8]}"#)
            #expect(edited.status == 200)
            let loaded = try await Self.http(port, "GET", "/state", token: token).json
            #expect((edited.json["beads"] as! NSArray) == (loaded["beads"] as! NSArray))
            #expect(edited.json["source"] == nil && (loaded["source"] as? [String: Any])?["sentences"] != nil)
            let undone = try await Self.http(port, "POST", "/edit", token: token, body: #"{"revision":1,"op":"undo"}"#)
            #expect(undone.json["canRedo"] as? Bool == true && undone.json["revision"] as? Int == 2)
            let saved = try await Self.http(port, "GET", "/alignment.json", token: token)
            #expect(try AlignmentJSONReader().read(data: Data(saved.body.utf8), path: "served.json").twoTexts().beads.count == 18)
        }
    }

    @Test func aTwentyThousandSentenceAlignmentLoadsAndAnswersAnEdit() async throws {
        // 20,000 sentences a side from the fixture's 18, as one long document, aligned one to one.
        let small = try Self.alignment()
        var sentences = (source: [[String]](), target: [[String]]())
        for k in 0..<(20_000 / 18 + 1) {
            let count = min(18, 20_000 - k * 18)
            guard count > 0 else { break }
            sentences.source.append(small.source.sentences[0..<count].map(\.text))
            sentences.target.append(small.target.sentences[0..<count].map(\.text))
        }
        let source = Document(path: "long.es", language: "es", paragraphs: sentences.source)
        let target = Document(path: "long.id", language: "id", paragraphs: sentences.target)
        #expect(source.sentences.count == 20_000)
        let beads = (0..<20_000).map { Bead(source: $0..<($0 + 1), target: $0..<($0 + 1), confidence: 0.95) }
        let alignment = Alignment(source: source, target: target, beads: beads, verdict: .parallel, score: 1)
        // The lexicon is left out here (a debug build); `make bench` times the full editor.
        try await Self.withServer(alignment, aligner: Aligner(learnsLexicon: false)) { port, token, session in
            let state = try await Self.http(port, "GET", "/state", token: token)
            #expect(state.status == 200 && (state.json["beads"] as! NSArray).count == 20_000)
            let edited = try await Self.http(port, "POST", "/edit", token: token, body: #"{"revision":0,"op":"pair","source":[10000,10001],"target":[10002,10003]}"#)
            #expect(edited.status == 200)
            let after = await session.alignment
            #expect(after.beads.contains(Bead(source: 10000..<10001, target: 10002..<10003, confidence: 1, locked: true)))
            #expect(Array(after.beads[..<9990]) == Array(beads[..<9990]))
            #expect(Array(after.beads.suffix(9990)) == Array(beads.suffix(9990)))
        }
    }
}
